package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.BundleFiles;
import nl.personacanvas.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * The export bundle: nothing is left that the code no longer asks for, and every text formats. That both languages
 * have the same keys {@code ui.MessagesBundleTest} checks for every bundle of the UI, this one included.
 */
class ExportTextsBundleTest {

    private static Properties bundle(String language) throws IOException {
        return BundleFiles.bundle("/nl/personacanvas/ui/export", language);
    }

    @Test
    void everyKeyIsUsedInTheExportCode() throws IOException {
        String code = BundleFiles.sourceBelow("src/main/java/nl/personacanvas/ui/export");
        // Paper names are looked up as "paper." + the size's name.
        Set<String> paperKeys = Arrays.stream(PaperSize.values()).map(s -> "paper." + s.name())
                .collect(Collectors.toSet());
        assertThat(code).contains("\"paper.\" + size.name()");
        Set<String> unused = BundleFiles.keys(bundle("nl")).stream()
                .filter(k -> !code.contains("\"" + k + "\"") && !paperKeys.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
        assertThat(BundleFiles.keys(bundle("nl"))).containsAll(paperKeys);
    }

    @Test
    void noTextIsEmptyAndPatternsFormatInBothLanguages() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            ExportTexts texts = new ExportTexts(new Messages(Locale.forLanguageTag(language)));
            for (String key : BundleFiles.keys(bundle(language))) {
                assertThat(bundle(language).getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(texts.get(key, 2, 3, "x")).as(language + " " + key).doesNotContain("{0}", "{1}");
            }
        }
        ExportTexts dutch = new ExportTexts(new Messages(Messages.DUTCH));
        assertThat(dutch.get("options.what.all", 3)).isEqualTo("Alle persona's (3)");
        assertThat(dutch.get("export.done", 1, 2, "opgeslagen als a.pdf"))
                .isEqualTo("1 poster, 2 pagina’s: opgeslagen als a.pdf");
    }
}
