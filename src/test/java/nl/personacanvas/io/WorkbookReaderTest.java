package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.personacanvas.io.hostile.HostileWorkbooks;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

/**
 * The streamed reader may only speed up opening: every file must come out as the thorough reading (scan,
 * DTO binding, validation) makes of it, the same workbook or the same refusal, word for word.
 */
class WorkbookReaderTest {
    private final WorkbookCodec codec = new WorkbookCodec();

    @Test
    void readsEveryRandomWorkbookInOnePassIntoWhatWasSaved() throws Exception {
        RandomWorkbooks generator = new RandomWorkbooks(5_2026L);
        for (int i = 0; i < 300; i++) {
            Workbook wb = generator.next();
            byte[] bytes = codec.write(wb);
            WorkbookReader.Read read = WorkbookReader.read(factory(), bytes, 0);
            assertThat(read.workbook()).as("case %d", i).isEqualTo(wb).isEqualTo(codec.readThoroughly(bytes, 0));
            assertThat(read.personaSpans()).hasSize(2 * wb.personas().size());
            for (int p = 0; p < wb.personas().size(); p++) {
                assertThat(bytes[read.start(p)]).isEqualTo((byte) '{');
                assertThat(bytes[read.end(p) - 1]).isEqualTo((byte) '}');
            }
        }
    }

    @Test
    void acceptsFieldsInAnyOrderAndActivitiesListedAfterThePersonasNamingThem() throws Exception {
        String example = resource("/io/valid/example.pcanvas");
        String reordered = example
                .replace("\"format\" : \"persona-canvas-workbook\",\n  \"schemaVersion\" : 1,\n", "")
                .replaceFirst("\n}\\s*$", ",\n  \"schemaVersion\" : 1, \"format\" : \"persona-canvas-workbook\"\n}\n");
        String activitiesLast = moveActivitiesAfterPersonas(example);
        for (String json : new String[] {example, reordered, activitiesLast}) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            Workbook thorough = codec.readThoroughly(bytes, 0);
            assertThat(WorkbookReader.read(factory(), bytes, 0).workbook()).isEqualTo(thorough);
            assertThat(thorough.personas()).isNotEmpty();
        }
    }

    @Test
    void everyHostileFileComesOutAsTheThoroughReadingMakesOfIt() {
        HostileWorkbooks files = new HostileWorkbooks(2_026L);
        Map<String, Integer> loadedByKind = new TreeMap<>();
        for (int i = 0; i < 1_500; i++) {
            HostileWorkbooks.Mutant m = files.mutant(i);
            if (m.bytes().length > Limits.MAX_DOCUMENT_BYTES) {
                continue; // refused for its size before either reading starts
            }
            Object thorough = outcome(() -> codec.readThoroughly(m.bytes(), StrictUtf8.textStart(m.bytes())));
            assertThat(outcome(() -> codec.read(m.bytes()))).as("file %d (%s)", i, m.kind()).isEqualTo(thorough);
            if (thorough instanceof Workbook) {
                loadedByKind.merge(m.kind(), 1, Integer::sum);
            }
        }
        assertThat(loadedByKind).as("loaded files by kind").isNotEmpty();
    }

    private interface Read {
        Workbook read() throws WorkbookFormatException;
    }

    /** The workbook read, or the refusal as the user reads it. */
    private static Object outcome(Read read) {
        try {
            return read.read();
        } catch (WorkbookFormatException e) {
            return e.describe(Locale.ENGLISH);
        }
    }

    private static String moveActivitiesAfterPersonas(String json) {
        int from = json.indexOf("    \"activities\"");
        int to = json.indexOf("    \"personas\"");
        String activities = json.substring(from, to).replaceFirst(",\n$", "\n");
        String rest = json.substring(0, from) + json.substring(to);
        int end = rest.lastIndexOf("  }\n}");
        return rest.substring(0, end).replaceFirst("\n$", ",\n") + activities + rest.substring(end);
    }

    private static JsonFactory factory() {
        return WorkbookCodec.strictFactory();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WorkbookReaderTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
