package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 25 (rob25): a workbook with a second name ({@code ln twente.pcanvas elders.pcanvas}) lost it at the first
 * save: the new file took the name, {@code elders.pcanvas} kept the version before. Both names now show the saved
 * workbook; the backup, the failed save and a write that fails in the file itself lose nothing.
 */
class HardLinkSaveTest {
    private final WorkbookCodec codec = new WorkbookCodec();
    private final WorkbookStore store = new WorkbookStore(codec);

    @TempDir
    Path dir;
    private Path twente;
    private Path elders;

    @BeforeEach
    void twoNamesForOneWorkbook() throws IOException {
        twente = dir.resolve("twente.pcanvas");
        elders = dir.resolve("elders.pcanvas");
        store.save(school("Een"), twente);
        try {
            Files.createLink(elders, twente);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("hard links are not supported here: " + e);
        }
        Assumptions.assumeTrue(HardLinks.shared(twente), "the file system does not count links");
    }

    private static Workbook school(String name) {
        return Workbook.empty().withSchool(name);
    }

    @Test
    void bothNamesShowTheSavedWorkbookAndTheBackupTheVersionBefore() throws Exception {
        FileFingerprint opened = store.loadTracked(twente).fingerprint();
        FileFingerprint saved = store.saveOver(school("Twee, met een veel langere naam dan de eerste"), twente, opened);
        assertThat(Files.isSameFile(twente, elders)).as("still one file under two names").isTrue();
        assertThat(store.load(elders).school()).isEqualTo("Twee, met een veel langere naam dan de eerste");
        assertThat(store.load(WorkbookStore.backupOf(twente)).school()).isEqualTo("Een");
        assertThat(Files.isSameFile(WorkbookStore.backupOf(twente), twente)).as("the backup a file of its own").isFalse();
        assertThat(store.loadTracked(twente).fingerprint()).as("what the window will compare with").isEqualTo(saved);

        store.saveOver(school("Drie"), elders, saved);
        assertThat(store.load(twente).school()).as("shorter: the old tail cut off").isEqualTo("Drie");
        assertThat(Files.size(twente)).isEqualTo(Files.size(elders));
        assertThat(names()).containsExactly("elders.pcanvas", "elders.pcanvas.bak", "twente.pcanvas",
                "twente.pcanvas.bak");
    }

    @Test
    void aSaveThatFailsLeavesBothNamesOnTheOldWorkbook() throws Exception {
        byte[] before = Files.readAllBytes(twente);
        WorkbookStore full = new WorkbookStore(codec, (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> full.save(school("Twee"), twente)).hasMessageContaining("No space left");
        assertThat(Files.readAllBytes(elders)).isEqualTo(before);
        assertThat(Files.isSameFile(twente, elders)).isTrue();
        assertThat(names()).containsExactly("elders.pcanvas", "twente.pcanvas");
    }

    /**
     * The write into the file itself fails (the first channel is the temporary file's, a second the file's): the
     * save goes on as an unlinked file's does, so the workbook is saved whole under its name; only the link is lost.
     */
    @Test
    void aWriteIntoTheFileThatFailsStillSavesTheWorkbookWhole() throws Exception {
        byte[] before = Files.readAllBytes(twente);
        FileChannel[] first = new FileChannel[1];
        WorkbookStore failingInPlace = new WorkbookStore(codec, (channel, bytes) -> {
            if (first[0] == null) {
                first[0] = channel;
            }
            if (channel != first[0]) {
                throw new IOException("No space left on device");
            }
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        });
        failingInPlace.save(school("Twee, langer dan de eerste"), twente);
        assertThat(store.load(twente).school()).isEqualTo("Twee, langer dan de eerste");
        assertThat(Files.readAllBytes(elders)).as("the other name: the old content whole").isEqualTo(before);
        assertThat(store.load(WorkbookStore.backupOf(twente)).school()).isEqualTo("Een");
        assertThat(names()).containsExactly("elders.pcanvas", "twente.pcanvas", "twente.pcanvas.bak");
    }

    private String[] names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }
}
