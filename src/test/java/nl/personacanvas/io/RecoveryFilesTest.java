package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFilesTest {
    @TempDir
    Path folder;

    private RecoveryFiles store() {
        return new RecoveryFiles(folder.resolve("recovery"), new WorkbookStore(new WorkbookCodec()));
    }

    @Test
    void findsWhatWasWrittenWithItsSourceAndTime() throws IOException {
        Instant when = Instant.parse("2026-05-01T12:00:00Z");
        Workbook wb = Workbook.empty().withSchool("ROC").addPersona(Persona.create("Laura", "begeleidt", "", when));
        store().write(wb, folder.resolve("werk.pcanvas"), when);

        RecoveryFiles.Recovered found = store().find().orElseThrow();

        assertThat(found.workbook()).isEqualTo(wb);
        assertThat(found.source()).isEqualTo(folder.resolve("werk.pcanvas").toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(when);
    }

    @Test
    void aNeverSavedWorkbookHasNoSource() throws IOException {
        store().write(Workbook.empty().withSchool("ROC"), null, Instant.EPOCH);
        assertThat(store().find().orElseThrow().source()).isNull();
    }

    @Test
    void discardLeavesNothing() throws IOException {
        store().write(Workbook.empty(), null, Instant.EPOCH);
        store().write(Workbook.empty().withSchool("ROC"), null, Instant.EPOCH);
        Path leftover = folder.resolve("recovery/.recovery.pcanvas123.tmp");
        Files.writeString(leftover, "half a save");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(Instant.EPOCH));
        store().discard();
        assertThat(store().find()).isEmpty();
        try (var left = Files.list(folder.resolve("recovery"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnreadableCopyIsDroppedRatherThanOffered() throws IOException {
        Files.createDirectories(folder.resolve("recovery"));
        Files.writeString(folder.resolve("recovery/recovery.pcanvas"), "{ not json");
        assertThat(store().find()).isEmpty();
        assertThat(folder.resolve("recovery/recovery.pcanvas")).doesNotExist();
    }
}
