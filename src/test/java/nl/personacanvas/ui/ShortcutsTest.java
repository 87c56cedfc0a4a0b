package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

/**
 * Keys named in the UI's texts come from their key combination, written as the platform writes it: a bundle text
 * that says "Ctrl+Z" is wrong on a Mac, where the key is ⌘Z (session 20's leftover).
 */
class ShortcutsTest {
    private static final Pattern KEY_NAME = Pattern.compile("\\b(Ctrl|Alt|Cmd|Command|Option|Shift|Meta)\\s*\\+");

    @Test
    void noTextOfTheUiWritesAModifierKeyItself() throws IOException {
        for (String folder : List.of("/nl/personacanvas/ui", "/nl/personacanvas/ui/about", "/nl/personacanvas/ui/export")) {
            for (String language : List.of("nl", "en")) {
                Properties bundle = BundleFiles.bundle(folder, language);
                for (String key : BundleFiles.keys(bundle)) {
                    assertThat(KEY_NAME.matcher(bundle.getProperty(key)).find())
                            .as("%s %s %s names a key as text: %s", folder, language, key, bundle.getProperty(key))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void theShownKeysAreThePlatformsDisplayTextOfTheCombinationsTheKeyHandlersMatch() {
        assertThat(Shortcuts.shown(Shortcuts.UNDO)).isEqualTo(Shortcuts.UNDO.getDisplayText());
        assertThat(Shortcuts.shown(Shortcuts.LINKS)).isEqualTo(Shortcuts.LINKS.getDisplayText()).endsWith("L");
        boolean mac = System.getProperty("os.name", "").toLowerCase().startsWith("mac");
        assertThat(Shortcuts.shown(Shortcuts.UNDO)).isEqualTo(mac ? "\u2318Z" : "Ctrl+Z");
        assertThat(Shortcuts.modifiers(Shortcuts.MOVE_NOTE)).isEqualTo(mac ? "\u2325" : "Alt+");
    }

    @Test
    void theModifiersOfACombinationAreItsTextWithoutTheKey() {
        KeyCodeCombination shiftAltDown = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN,
                KeyCombination.SHIFT_DOWN);
        String key = new KeyCodeCombination(KeyCode.DOWN).getDisplayText();
        assertThat(Shortcuts.modifiers(shiftAltDown) + key).isEqualTo(shiftAltDown.getDisplayText());
        assertThat(Shortcuts.modifiers(shiftAltDown)).doesNotContain(key).isNotEmpty();
    }
}
