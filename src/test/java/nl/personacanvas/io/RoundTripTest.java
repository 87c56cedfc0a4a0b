package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    private static final int CASES = 300;
    private static final int ON_DISK_EVERY = 10;

    private final WorkbookCodec codec = new WorkbookCodec();

    @Test
    void readOfWriteIsTheSameWorkbookForSeededRandomWorkbooks(@TempDir Path dir) throws Exception {
        RandomWorkbooks generator = new RandomWorkbooks(20_250_314L);
        WorkbookStore store = new WorkbookStore(codec);
        for (int i = 0; i < CASES; i++) {
            Workbook original = generator.next();
            Workbook read = codec.read(codec.write(original));
            assertThat(read).as("case %d", i).isEqualTo(original);
            if (i % ON_DISK_EVERY == 0) {
                Path file = dir.resolve("case-" + i + WorkbookStore.EXTENSION);
                store.save(original, file);
                assertThat(store.load(file)).as("case %d on disk", i).isEqualTo(original);
            }
        }
        assertThat(generator.scriptsUsed()).containsExactlyInAnyOrderElementsOf(RandomWorkbooks.allScripts());
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws Exception {
        Workbook w = new RandomWorkbooks(7).next();
        assertThat(codec.write(codec.read(codec.write(w)))).isEqualTo(codec.write(w));
    }
}
