package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
