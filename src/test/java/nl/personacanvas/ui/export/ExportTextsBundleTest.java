package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.Messages;
import org.junit.jupiter.api.Test;

/** The export bundle: both languages say everything, nothing is left that the code no longer asks for. */
class ExportTextsBundleTest {

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ExportTextsBundleTest.class.getResourceAsStream(
                "/nl/personacanvas/ui/export/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(keys(bundle("en"))).isEqualTo(keys(bundle("nl")));
    }

    @Test
    void everyKeyIsUsedInTheExportCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/personacanvas/ui/export"))) {
            code = files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        // Paper names are looked up as "paper." + the size's name.
        Set<String> paperKeys = Arrays.stream(PaperSize.values()).map(s -> "paper." + s.name())
                .collect(Collectors.toSet());
        assertThat(code).contains("\"paper.\" + size.name()");
        Set<String> unused = keys(bundle("nl")).stream()
                .filter(k -> !code.contains("\"" + k + "\"") && !paperKeys.contains(k))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
        assertThat(keys(bundle("nl"))).containsAll(paperKeys);
    }

    @Test
    void noTextIsEmptyAndPatternsFormatInBothLanguages() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            ExportTexts texts = new ExportTexts(new Messages(Locale.forLanguageTag(language)));
            for (String key : keys(bundle(language))) {
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
