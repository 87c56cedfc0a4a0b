package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCheckTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path file = dir.resolve("team.pcanvas");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-28T10:00:00Z")));
        return file;
    }

    @Test
    void anUnchangedFileIsConfirmed() throws Exception {
        Path file = file("mijn versie");
        DiskCheck check = DiskCheck.start(FileFingerprint.read(file), file);
        assertThatCode(check::confirm).doesNotThrowAnyException();
    }

    @Test
    void aChangeMadeBeforeTheSaveIsRefused() throws Exception {
        Path file = file("mijn versie");
        FileFingerprint read = FileFingerprint.read(file);
        Files.writeString(file, "hun versie!");
        assertThatThrownBy(() -> DiskCheck.start(read, file).confirm()).isInstanceOfSatisfying(
                FileChangedException.class, e -> assertThat(e.state()).isEqualTo(FileFingerprint.DiskState.CHANGED));
    }

    @Test
    void aChangeMadeAfterTheFileWasReadDuringTheSaveIsStillRefused() throws Exception {
        Path file = file("mijn versie");
        DiskCheck check = DiskCheck.start(FileFingerprint.read(file), file);
        Thread.sleep(300);
        // Same size, so only the time tells; the first reading has long seen the old content.
        Files.writeString(file, "hun versie!");
        assertThatThrownBy(check::confirm).isInstanceOf(FileChangedException.class);
    }

    @Test
    void aDeletedFileIsReportedAsMissing() throws Exception {
        Path file = file("mijn versie");
        DiskCheck check = DiskCheck.start(FileFingerprint.read(file), file);
        Files.delete(file);
        assertThatThrownBy(check::confirm).isInstanceOfSatisfying(FileChangedException.class,
                e -> assertThat(e.state()).isEqualTo(FileFingerprint.DiskState.MISSING));
    }
}
