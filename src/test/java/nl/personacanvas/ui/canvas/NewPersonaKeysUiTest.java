package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Keys typed at once after a new persona (Ctrl+Shift+N, the name, Tab, the role), before the window has drawn the
 * new canvas once, as a fast typist on a busy laptop does.
 */
class NewPersonaKeysUiTest extends MainWindowUiTest {

    /**
     * The canvas is built when the first persona is shown; its role area had no skin until the next pulse, and a text
     * control without its skin drops the keys it is given. Under load the pulse came a second or more after Tab: in
     * the jar "Noor", Tab, "arranges the visas" left the role empty, or "the visas" only. All keys are given here in
     * one go on the FX thread, so no pulse comes between them.
     */
    @Test
    void theRoleTypedRightAfterTabFromANewPersonasNameKeepsEveryKey() {
        UiFixture.waitForLayout();
        robot.interact(() -> {
            robot.lookup("#persona-new").queryButton().fire();
            type("Noor");
            Node name = robot.lookup("#persona-new").query().getScene().getFocusOwner();
            Event.fireEvent(name, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
            type("regelt de visa");
        });
        UiFixture.waitForLayout();
        Persona noor = persona("Noor");
        assertThat(noor.role()).isEqualTo("regelt de visa");
        assertThat(robot.lookup("#canvas-role").query().isFocused()).isTrue();
    }

    /**
     * A new persona's notes are written with the keyboard: Tab from the authors reaches "Aantekeningen toevoegen", Space
     * opens the field with the caret in it. The field showed only for a persona that had notes already, so a panel
     * member could not write the first.
     */
    @Test
    void aNewPersonasFirstNotesAreReachedWithTabAndWritten() {
        UiFixture.waitForLayout();
        robot.interact(() -> robot.lookup("#persona-new").queryButton().fire());
        UiFixture.waitForLayout();
        assertThat(robot.lookup("#canvas-notes").query().isVisible()).isFalse();
        robot.write("Noor");
        robot.interact(() -> robot.lookup("#canvas-authors").query().requestFocus());
        robot.push(KeyCode.TAB);
        UiFixture.waitForLayout();
        javafx.scene.control.Hyperlink add = robot.lookup("#canvas-notes-add").queryAs(javafx.scene.control.Hyperlink.class);
        assertThat(add.isFocused()).as("Tab from the authors").isTrue();
        // The theme drew a focused link as any other: a ring says where the keyboard is.
        assertThat(add.getBackground()).as("a focus ring").isNotNull();
        assertThat(add.getBackground().getFills()).as("a focus ring")
                .anyMatch(f -> !javafx.scene.paint.Color.TRANSPARENT.equals(f.getFill()));
        robot.push(KeyCode.SPACE);
        UiFixture.waitForLayout();
        assertThat(robot.lookup("#canvas-notes").query().isFocused()).isTrue();
        robot.write("Spreekt Duits");
        UiFixture.waitForLayout();
        assertThat(persona("Noor").notes()).isEqualTo("Spreekt Duits");
        assertThat(robot.lookup("#canvas-notes-add").query().isVisible()).isFalse();
    }

    private void type(String text) {
        for (char c : text.toCharArray()) {
            Node owner = robot.lookup("#persona-new").query().getScene().getFocusOwner();
            Event.fireEvent(owner, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                    false, false, false, false));
        }
    }
}
