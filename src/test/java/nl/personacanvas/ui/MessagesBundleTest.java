package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and the bundles hold nothing the code no longer asks for. */
class MessagesBundleTest {

    private static Properties bundle(String language) throws IOException {
        return BundleFiles.bundle("/nl/personacanvas/ui", language);
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(BundleFiles.keys(bundle("en"))).isEqualTo(BundleFiles.keys(bundle("nl")));
    }

    /**
     * Session 12, English pass: the merge dialog's header names the default choice by its button's words; the
     * English said "both" beside a button reading "Keep both". Quoted as the button reads, capital and all: the
     * Dutch said "beide" beside "Beide" (session 13).
     */
    @Test
    void theMergeHeaderNamesTheDefaultChoiceAsItsButtonReads() throws IOException {
        for (String language : java.util.List.of("nl", "en")) {
            Properties bundle = bundle(language);
            assertThat(bundle.getProperty("merge.header")).as(language)
                    .contains("\"" + bundle.getProperty("merge.choice.both") + "\"");
            assertThat(bundle.getProperty("merge.header.workbook")).as(language + ", only the workbook differs")
                    .contains("\"" + bundle.getProperty("merge.choice.both") + "\"");
        }
    }

    /**
     * Every bundle of the UI, the screens' own too (About, export, any added later), says everything in both
     * languages; About's had no test of its own.
     */
    @Test
    void everyBundleOfTheUiSpeaksBothLanguages() throws IOException {
        List<String> folders = uiBundleFolders();
        assertThat(folders).contains("/nl/personacanvas/ui", "/nl/personacanvas/ui/about", "/nl/personacanvas/ui/export");
        for (String folder : folders) {
            Properties dutch = BundleFiles.bundle(folder, "nl");
            Properties english = BundleFiles.bundle(folder, "en");
            assertThat(BundleFiles.keys(english)).as(folder).isEqualTo(BundleFiles.keys(dutch));
            for (String key : BundleFiles.keys(english)) {
                assertThat(english.getProperty(key)).as(folder + " en " + key).isNotBlank();
            }
        }
    }

    /**
     * An English text the same as the Dutch one is a text someone forgot to translate, unless it is a name, a number
     * or a word both languages use; those are listed here, so a new one is a decision.
     */
    @Test
    void englishTextsDifferFromTheDutchOnesUnlessBothLanguagesSayIt() throws IOException {
        Set<String> same = new TreeSet<>();
        for (String folder : uiBundleFolders()) {
            Properties dutch = BundleFiles.bundle(folder, "nl");
            Properties english = BundleFiles.bundle(folder, "en");
            for (String key : BundleFiles.keys(dutch)) {
                if (dutch.getProperty(key).equals(english.getProperty(key))) {
                    same.add(key);
                }
            }
        }
        assertThat(same).isSubsetOf(SAID_ALIKE);
    }

    /** Keys whose text is the same in Dutch and English, on purpose. */
    private static final Set<String> SAID_ALIKE = Set.of(
            // names and patterns without words
            "title.clean", "title.dirty", "personas.group",
            "menu.view.language.nl", "menu.view.language.en", "name.posters",
            "paper.A4", "paper.A3", "paper.A2", "paper.A1",
            // the heatmap's cell letters, the same as its PDF's in both languages (L linked, A automatic)
            "coverage.mark.LINKED", "coverage.mark.MATCHED", "coverage.mark.MISSING", "coverage.mark.NOT_EXPECTED",
            // words Dutch uses as they are in English
            "menu.help", "workbook.school", "merge.field.school", "merge.field.team", "side.matrix", "badge.overlap",
            "dialog.ok", "compare.export.png", "coverage.export.heatmapPng",
            // the study's name for it, also in Dutch
            "group.atHome");

    private static List<String> uiBundleFolders() throws IOException {
        Path root = Path.of("src/main/resources");
        try (Stream<Path> files = Files.walk(root.resolve("nl/personacanvas/ui"))) {
            return files.filter(f -> f.getFileName().toString().equals("messages_nl.properties"))
                    .map(f -> "/" + root.relativize(f.getParent()).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void everyKeyIsUsedInTheUiCode() throws IOException {
        String code = BundleFiles.sourceBelow("src/main/java/nl/personacanvas/ui");
        Set<String> unused = BundleFiles.keys(bundle("nl")).stream().filter(k -> !code.contains("\"" + k + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }

    @Test
    void noTextIsEmptyAndPatternsFormat() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties p = bundle(language);
            Messages messages = new Messages(Locale.forLanguageTag(language));
            for (String key : BundleFiles.keys(p)) {
                assertThat(p.getProperty(key)).as(language + " " + key).isNotBlank();
                // A count as the first argument ("{0,choice,1#1 is|1<{0} zijn} te algemeen") is given one.
                Object first = p.getProperty(key).contains("{0,choice") ? 1 : "x";
                assertThat(messages.get(key, first, 1, 2, 3)).as(language + " " + key).doesNotContain("{0}");
            }
        }
    }

    /** A label bound to a text reads it again as soon as the language changes; it must get the new language. */
    @Test
    void aTextReadAtTheMomentTheLanguageChangesIsInTheNewLanguage() {
        Messages messages = new Messages(Messages.DUTCH);
        StringBinding saved = Bindings.createStringBinding(() -> messages.get("statusbar.dirty"),
                messages.localeProperty());
        assertThat(saved.get()).isEqualTo("Niet-opgeslagen wijzigingen");
        List<String> readOnInvalidation = new ArrayList<>();
        saved.addListener(obs -> readOnInvalidation.add(saved.get()));

        messages.localeProperty().set(Locale.ENGLISH);

        assertThat(readOnInvalidation).containsExactly("Unsaved changes");
        assertThat(messages.get("statusbar.dirty")).isEqualTo("Unsaved changes");
    }

    @Test
    void unsupportedLanguagesFallBackToDutch() {
        assertThat(Messages.supported(Locale.GERMAN)).isEqualTo(Messages.DUTCH);
        assertThat(Messages.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(new Messages(Locale.FRENCH).get("menu.file")).isEqualTo("_Bestand");
    }
}
