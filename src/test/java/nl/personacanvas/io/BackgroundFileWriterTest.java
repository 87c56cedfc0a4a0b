package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class BackgroundFileWriterTest {
    @TempDir
    Path dir;

    private FileChannel open(Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW);
    }

    @Test
    void writesEveryByteInOrderAndHashesWhatItWrote() throws Exception {
        byte[] content = new byte[3_000_001];
        new Random(5).nextBytes(content);
        Path file = dir.resolve("out.bin");
        BackgroundFileWriter.Written written;
        try (FileChannel ch = open(file)) {
            BackgroundFileWriter out = new BackgroundFileWriter(ch, (c, b) -> {
                while (b.hasRemaining()) {
                    c.write(b);
                }
            });
            Random sizes = new Random(6);
            for (int at = 0; at < content.length; ) {
                if (sizes.nextInt(10) == 0) {
                    out.write(content[at++]);
                } else {
                    int n = Math.min(content.length - at, sizes.nextInt(20_000));
                    out.write(content, at, n);
                    at += n;
                }
            }
            written = out.await();
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(written.size()).isEqualTo(content.length);
        assertThat(written.sha256()).isEqualTo(FileFingerprint.hash(content));
    }

    @Test
    void aWriteFailingOnTheHelperThreadReachesTheProducerWithoutHangingIt() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        try (FileChannel ch = open(dir.resolve("full.bin"))) {
            BackgroundFileWriter out = new BackgroundFileWriter(ch, (c, b) -> {
                if (calls.incrementAndGet() == 2) {
                    throw new IOException("No space left on device");
                }
                c.write(b);
            });
            byte[] piece = new byte[100_000];
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    out.write(piece);
                }
                out.await();
            }).isInstanceOf(IOException.class).hasMessage("No space left on device");
            out.abort();
        }
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void abortStopsAHelperStillWaitingForBytes() throws Exception {
        try (FileChannel ch = open(dir.resolve("given-up.bin"))) {
            BackgroundFileWriter out = new BackgroundFileWriter(ch, (c, b) -> c.write(b));
            out.write(new byte[1000]);
            out.abort();
            assertThatThrownBy(out::await).isInstanceOf(java.io.InterruptedIOException.class);
        }
    }

    @Test
    void theStoreSavesExactlyTheCodecsBytesAndFingerprintsTheFileOnDisk() throws Exception {
        WorkbookCodec codec = new WorkbookCodec();
        WorkbookStore store = new WorkbookStore(codec);
        // Large (1.2 MB) but within the reader's limits: a 1.2-million-character definition is now refused at save.
        Workbook large = new RandomWorkbooks(3).next().withPrinciples(java.util.List.of(new nl.personacanvas.model.PrincipleTheme(
                "Lange uitspraken", java.util.Collections.nCopies(126, "Een lange uitspraak. ".repeat(476)))));
        Path file = dir.resolve("groot.pcanvas");
        FileFingerprint saved = store.save(large, file);
        assertThat(Files.readAllBytes(file)).isEqualTo(codec.write(large));
        assertThat(saved).isEqualTo(FileFingerprint.read(file));
        assertThat(store.saveOver(large.withSchool("Ander"), file, saved).sameContent(FileFingerprint.read(file))).isTrue();
    }
}
