package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code cldr-names.txt} is what {@link CldrNames} reads from ICU4J, written to a file so that no start of the app or
 * the command line pays for ICU's time zone and currency data. When ICU4J is upgraded and gives other names, this test
 * fails and writes the fresh list to {@code target/cldr-names.txt}: copy it over the resource and commit it.
 */
class CldrNamesTest {
    private static final String RESOURCE = "cldr-names.txt";
    private static final String HEADER = """
            # ICU4J's CLDR names in Dutch: the cities that name time zones, the world's regions, the scripts in common
            # use, the units of the currencies in use (with their plurals) and the languages CLDR has locale data for.
            # Written by the test class CldrNames (CldrNamesTest fails when ICU4J gives other names); never edited by
            # hand. What is home or an everyday word is taken out by foreign-names.txt [not abroad]. Unicode licence.
            """;

    @Test
    void theResourceHoldsWhatIcuGives() throws IOException {
        List<String> fresh = new ArrayList<>(CldrNames.load());
        List<String> committed = ResourceText.lines(RESOURCE);
        if (!committed.equals(fresh)) {
            Path out = Path.of("target", RESOURCE);
            Files.createDirectories(out.getParent());
            Files.writeString(out, HEADER + String.join("\n", fresh) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(committed).as("%s differs from ICU4J's names: copy target/%s over src/main/resources/"
                + "nl/personacanvas/check/%s", RESOURCE, RESOURCE, RESOURCE).isEqualTo(fresh);
    }
}
