package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages say everything, and the bundles hold nothing the code no longer asks for. */
class MessagesBundleTest {

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(
                "/nl/personacanvas/ui/messages_" + language + ".properties")) {
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
    void everyKeyIsUsedInTheUiCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/personacanvas/ui"))) {
            code = files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
        Set<String> unused = keys(bundle("nl")).stream().filter(k -> !code.contains("\"" + k + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }

    @Test
    void noTextIsEmptyAndPatternsFormat() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties p = bundle(language);
            Messages messages = new Messages(Locale.forLanguageTag(language));
            for (String key : keys(p)) {
                assertThat(p.getProperty(key)).as(language + " " + key).isNotBlank();
                assertThat(messages.get(key, "x", 1, 2, 3)).as(language + " " + key).doesNotContain("{0}");
            }
        }
    }

    @Test
    void unsupportedLanguagesFallBackToDutch() {
        assertThat(Messages.supported(Locale.GERMAN)).isEqualTo(Messages.DUTCH);
        assertThat(Messages.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(new Messages(Locale.FRENCH).get("menu.file")).isEqualTo("Bestand");
    }
}
