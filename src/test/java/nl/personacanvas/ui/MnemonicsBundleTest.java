package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Alt+letter of every menu item, dialog button and button of the compare, coverage and preview windows: each
 * named command has one, and within one menu level, dialog or window no two share a letter (JavaFX then only cycles
 * between them, and runs neither), in both languages.
 */
class MnemonicsBundleTest {
    /** Enter and Escape answer these, as is usual on buttons that say OK and Cancel. */
    private static final Set<String> NO_LETTER = Set.of("dialog.ok", "dialog.cancel", "dialog.close", "export.close");

    /** Keys shown together: one menu level or one dialog's buttons. */
    private static final Map<String, List<String>> TOGETHER = new TreeMap<>(Map.ofEntries(
            Map.entry("menu bar", List.of("menu.file", "menu.edit", "menu.view", "menu.help")),
            Map.entry("Bestand", List.of("menu.file.new", "menu.file.open", "menu.file.recent", "menu.file.samples",
                    "menu.file.import", "menu.file.save", "menu.file.saveAs", "menu.export", "menu.preview",
                    "menu.print", "menu.file.exit")),
            Map.entry("Bewerken", List.of("menu.edit.undo", "menu.edit.redo", "menu.edit.newPersona",
                    "menu.edit.duplicatePersona", "menu.edit.deletePersona", "menu.edit.find", "menu.edit.sort")),
            // With a step named ("Ongedaan maken: tekst wijzigen") the letter stays the same.
            Map.entry("Bewerken, steps named", List.of("menu.edit.undoStep", "menu.edit.redoStep",
                    "menu.edit.newPersona", "menu.edit.duplicatePersona", "menu.edit.deletePersona", "menu.edit.find", "menu.edit.sort")),
            Map.entry("Beeld", List.of("menu.view.workbook", "menu.view.compare", "menu.view.coverage",
                    "menu.view.sidePanel", "menu.view.language")),
            Map.entry("Beeld > Taal", List.of("menu.view.language.nl", "menu.view.language.en")),
            Map.entry("Help", List.of("menu.help.about")),
            Map.entry("unsaved changes", List.of("dialog.save", "dialog.discard", "dialog.cancel")),
            Map.entry("changed on disk", List.of("dialog.reload", "dialog.merge", "dialog.saveAs", "dialog.keepMine",
                    "dialog.cancel")),
            Map.entry("file in use", List.of("dialog.openCopy", "dialog.openAnyway", "dialog.cancel")),
            Map.entry("recovered work", List.of("restore.accept", "restore.discard")),
            Map.entry("import personas", List.of("merge.apply", "dialog.cancel")),
            Map.entry("sort statements", List.of("sort.open", "sort.run", "sort.accept", "dialog.cancel")),
            Map.entry("compare choice", List.of("compare.choose.accept", "dialog.cancel")),
            Map.entry("export", List.of("export.start", "export.cancel", "export.openFolder", "export.close")),
            // Windows of their own, with buttons outside a dialog's button bar.
            Map.entry("compare window", List.of("compare.addFromFile", "compare.export.pdf", "compare.export.png")),
            Map.entry("coverage window", List.of("coverage.export.heatmapPdf", "coverage.export.heatmapPng",
                    "coverage.export.teamPdf", "coverage.export.teamPng")),
            Map.entry("print preview", List.of("preview.fit", "preview.actual", "preview.pageSetup",
                    "preview.print"))));

    @Test
    void everyCommandHasALetterOfItsOwnInItsMenuOrDialog() throws IOException {
        for (String language : List.of("nl", "en")) {
            Properties texts = texts(language);
            for (Map.Entry<String, List<String>> group : TOGETHER.entrySet()) {
                List<Character> letters = new ArrayList<>();
                for (String key : group.getValue()) {
                    String text = texts.getProperty(key);
                    assertThat(text).as("%s %s", language, key).isNotNull();
                    Character letter = letter(text);
                    if (NO_LETTER.contains(key)) {
                        assertThat(letter).as("%s %s: '%s'", language, key, text).isNull();
                    } else {
                        assertThat(letter).as("%s %s: '%s' has no letter", language, key, text).isNotNull();
                        letters.add(letter);
                    }
                }
                assertThat(letters).as("%s, %s: %s", language, group.getKey(), letters).doesNotHaveDuplicates();
            }
        }
        for (String language : List.of("nl", "en")) {
            Properties texts = texts(language);
            assertThat(letter(texts.getProperty("menu.edit.undoStep"))).isEqualTo(letter(texts.getProperty("menu.edit.undo")));
            assertThat(letter(texts.getProperty("menu.edit.redoStep"))).isEqualTo(letter(texts.getProperty("menu.edit.redo")));
        }
    }

    @Test
    void theLetterIsReadAsJavaFxReadsIt() {
        assertThat(letter("_Bestand")).isEqualTo('b');
        assertThat(letter("Bee_ld")).isEqualTo('l');
        assertThat(letter("OK")).isNull();
        assertThat(Menus.shown("Bee_ld")).isEqualTo("Beeld");
    }

    /** The letter after the first underscore, in lower case; null without one. */
    private static Character letter(String text) {
        int marker = text.indexOf('_');
        return marker < 0 || marker == text.length() - 1 ? null : Character.toLowerCase(text.charAt(marker + 1));
    }

    /** The main bundle and the export screen's, whose items join the Bestand menu. */
    private static Properties texts(String language) throws IOException {
        Properties all = new Properties();
        all.putAll(BundleFiles.bundle("/nl/personacanvas/ui", language));
        all.putAll(BundleFiles.bundle("/nl/personacanvas/ui/export", language));
        return all;
    }
}
