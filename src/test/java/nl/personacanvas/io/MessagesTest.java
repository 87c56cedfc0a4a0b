package nl.personacanvas.io;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/nl/personacanvas/io/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("nl").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    @Test
    void everyKeyGivesADifferentDutchAndEnglishSentenceWithItsArguments() throws IOException {
        Object[] args = {"ARG0", "ARG1", "ARG2", "ARG3", "ARG4"}; // as many as the longest sentence takes (save.toomany)
        for (String key : bundle("en").stringPropertyNames()) {
            FormatProblem p = FormatProblem.of(key, args);
            String nl = p.describe(NL);
            String en = p.describe(Locale.ENGLISH);
            assertThat(nl).as(key).isNotBlank().doesNotContainPattern("\\{\\d");
            assertThat(en).as(key).isNotBlank().doesNotContainPattern("\\{\\d");
            if (!key.equals("error.syntax")) {
                assertThat(nl).as(key).isNotEqualTo(en);
            }
            int used = argumentCount(bundle("en").getProperty(key));
            for (int i = 0; i < used; i++) {
                assertThat(nl).as(key).contains("ARG" + i);
                assertThat(en).as(key).contains("ARG" + i);
            }
        }
    }

    @Test
    void otherLanguagesGetEnglish() {
        FormatProblem p = FormatProblem.of("error.empty");
        assertThat(p.describe(Locale.GERMAN)).isEqualTo(p.describe(Locale.ENGLISH));
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(error\\.[a-zA-Z]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/nl/personacanvas/io"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    private static int argumentCount(String pattern) {
        int n = 0;
        while (pattern.contains("{" + n)) {
            n++;
        }
        return n;
    }
}
