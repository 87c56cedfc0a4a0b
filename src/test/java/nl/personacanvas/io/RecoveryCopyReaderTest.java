package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading one recovery copy on its own (split29, out of {@link RecoveryFiles}): which copy is whose is not asked here,
 * so each case is one copy in a folder. {@link RecoveryFilesTest} covers the same through {@code find}.
 */
class RecoveryCopyReaderTest {
    private static final Instant WHEN = Instant.parse("2026-12-02T10:00:00Z");

    @TempDir
    Path folder;

    private final WorkbookStore store = new WorkbookStore(new WorkbookCodec());

    private Path copy() {
        return folder.resolve("recovery.pcanvas");
    }

    private void writeCopy(Workbook wb, Path source) throws IOException {
        store.save(wb, copy());
        new RecoveryNote(source, null, WHEN).write(copy());
    }

    @Test
    void readsTheWorkbookWithWhereItCameFromAndWhen() throws IOException {
        writeCopy(Workbook.empty().withSchool("ROC"), folder.resolve("werk.pcanvas"));

        RecoveryCopyReader reader = new RecoveryCopyReader(store);
        RecoveryFiles.Recovered found = reader.read(copy()).orElseThrow();

        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.source()).isEqualTo(folder.resolve("werk.pcanvas").toAbsolutePath());
        assertThat(found.savedAt()).isEqualTo(WHEN);
        assertThat(found.hasStatements()).isFalse();
        assertThat(reader.keptAside()).isEmpty();
    }

    @Test
    void nothingThereIsNothingFoundAndNothingKeptAside() {
        RecoveryCopyReader reader = new RecoveryCopyReader(store);
        assertThat(reader.read(copy())).isEmpty();
        assertThat(reader.keptAside()).isEmpty();
    }

    @Test
    void aDamagedCopyGoesAsideWithItsNoteAndItsBackupIsReadInstead() throws IOException {
        writeCopy(Workbook.empty().withSchool("Eerder"), null);
        writeCopy(Workbook.empty().withSchool("Later"), null);
        Files.writeString(copy(), "{ not json");

        RecoveryCopyReader reader = new RecoveryCopyReader(store);
        RecoveryFiles.Recovered found = reader.read(copy()).orElseThrow();

        assertThat(found.workbook().school()).isEqualTo("Eerder");
        RecoveryFiles.KeptAside kept = reader.keptAside().orElseThrow();
        assertThat(kept.file().getFileName().toString()).startsWith("unreadable-").endsWith("-recovery.pcanvas");
        assertThat(kept.file()).hasContent("{ not json");
        assertThat(kept.why()).isInstanceOf(WorkbookFormatException.class);
        assertThat(copy()).doesNotExist();
        assertThat(RecoveryNote.of(copy())).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("unreadable-") && name.endsWith(RecoveryNote.of(copy()).getFileName().toString()));
        }
    }

    @Test
    void statementsWithoutAWorkbookAreOfferedOnTheirOwn() throws IOException {
        new UnsortedStatements("Ik plan mijn week", folder.resolve("werk.pcanvas"), WHEN).write(copy());

        RecoveryFiles.Recovered found = new RecoveryCopyReader(store).read(copy()).orElseThrow();

        assertThat(found.hasWorkbook()).isFalse();
        assertThat(found.hasStatements()).isTrue();
        assertThat(found.statements().text()).isEqualTo("Ik plan mijn week");
        assertThat(found.savedAt()).isEqualTo(WHEN);
    }

    @Test
    void unreadableStatementsGoAsideAndTheWorkbookIsStillOffered() throws IOException {
        writeCopy(Workbook.empty().withSchool("ROC"), null);
        Files.writeString(UnsortedStatements.of(copy()), "layout=99\ntext=uit een nieuwere versie\n");

        RecoveryCopyReader reader = new RecoveryCopyReader(store);
        RecoveryFiles.Recovered found = reader.read(copy()).orElseThrow();

        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.hasStatements()).isFalse();
        assertThat(reader.keptAside().orElseThrow().file().getFileName().toString())
                .startsWith("unreadable-").endsWith(UnsortedStatements.of(copy()).getFileName().toString());
    }

    @Test
    void whenBothAreUnreadableTheWorkbooksIsTheOneToTellOf() throws IOException {
        writeCopy(Workbook.empty().withSchool("ROC"), null);
        Files.writeString(copy(), "{ not json");
        Files.writeString(UnsortedStatements.of(copy()), "layout=99\n");

        RecoveryCopyReader reader = new RecoveryCopyReader(store);
        reader.read(copy());

        assertThat(reader.keptAside().orElseThrow().file().getFileName().toString()).endsWith("-recovery.pcanvas");
    }
}
