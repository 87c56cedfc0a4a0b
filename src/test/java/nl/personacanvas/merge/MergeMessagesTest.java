package nl.personacanvas.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;

class MergeMessagesTest {

    private static Properties load(String language) throws Exception {
        Properties p = new Properties();
        try (InputStream in = MergeMessagesTest.class.getResourceAsStream("/nl/personacanvas/merge/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws Exception {
        assertThat(load("nl").keySet()).isEqualTo(load("en").keySet());
    }

    @Test
    void everyFieldOutcomeAndQuadrantHasAText() throws Exception {
        Properties nl = load("nl");
        for (Field f : Field.values()) {
            assertThat(nl).containsKey("field." + f.key());
        }
        for (Outcome o : Outcome.values()) {
            assertThat(nl).containsKeys("report.field." + o.name(), "report.workbookField." + o.name());
        }
        for (Quadrant q : Quadrant.values()) {
            assertThat(nl).containsKey("quadrant." + q.key());
        }
    }
}
