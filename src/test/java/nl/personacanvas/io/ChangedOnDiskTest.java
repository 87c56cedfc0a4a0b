package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A colleague's change on a shared drive is noticed and never overwritten silently. */
class ChangedOnDiskTest {
    private final WorkbookStore store = new WorkbookStore(new WorkbookCodec());

    @TempDir
    Path dir;

    @Test
    void aFingerprintRecordedOnLoadMatchesTheFileUntilSomeoneChangesIt() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(Workbook.empty().withSchool("Mijn"), file);
        FileFingerprint read = store.loadTracked(file).fingerprint();
        assertThat(read.compareWith(file)).isEqualTo(FileFingerprint.DiskState.UNCHANGED);

        store.save(Workbook.empty().withSchool("Zijn"), file);
        assertThat(read.compareWith(file)).isEqualTo(FileFingerprint.DiskState.CHANGED);

        Files.delete(file);
        assertThat(read.compareWith(file)).isEqualTo(FileFingerprint.DiskState.MISSING);
    }

    @Test
    void sameSizeAndTimeButOtherContentIsAChange() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(Workbook.empty().withSchool("AAAA"), file);
        FileFingerprint read = store.loadTracked(file).fingerprint();
        FileTime time = Files.getLastModifiedTime(file);
        Files.writeString(file, Files.readString(file).replace("AAAA", "BBBB"));
        Files.setLastModifiedTime(file, time);
        assertThat(Files.size(file)).isEqualTo(read.size());
        assertThat(read.compareWith(file)).isEqualTo(FileFingerprint.DiskState.CHANGED);
    }

    @Test
    void onlyTouchedIsNoChange() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(Workbook.empty().withSchool("Mijn"), file);
        FileFingerprint read = store.loadTracked(file).fingerprint();
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertThat(read.compareWith(file)).isEqualTo(FileFingerprint.DiskState.UNCHANGED);
    }

    @Test
    void saveOverRefusesAChangedFileAndLeavesTheirVersionInPlace() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(Workbook.empty().withSchool("Begin"), file);
        FileFingerprint mine = store.loadTracked(file).fingerprint();
        store.save(Workbook.empty().withSchool("Collega"), file);

        assertThatThrownBy(() -> store.saveOver(Workbook.empty().withSchool("Ik"), file, mine))
                .isInstanceOfSatisfying(FileChangedException.class,
                        e -> assertThat(e.state()).isEqualTo(FileFingerprint.DiskState.CHANGED));
        assertThat(store.load(file).school()).isEqualTo("Collega");
    }

    @Test
    void saveOverAnUnchangedFileSavesAndReturnsTheNewFingerprint() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        FileFingerprint first = store.save(Workbook.empty().withSchool("Begin"), file);
        FileFingerprint second = store.saveOver(Workbook.empty().withSchool("Verder"), file, first);

        assertThat(store.load(file).school()).isEqualTo("Verder");
        assertThat(second.sameContent(FileFingerprint.read(file))).isTrue();
        assertThat(store.saveOver(Workbook.empty().withSchool("Nog verder"), file, second)).isNotNull();
    }

    @Test
    void aDeletedFileIsReportedAsMissingNotRecreatedSilently() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        FileFingerprint first = store.save(Workbook.empty().withSchool("Begin"), file);
        Files.delete(file);
        assertThatThrownBy(() -> store.saveOver(Workbook.empty(), file, first))
                .isInstanceOfSatisfying(FileChangedException.class,
                        e -> assertThat(e.state()).isEqualTo(FileFingerprint.DiskState.MISSING));
        assertThat(file).doesNotExist();
    }

    @Test
    void leftoversOfAnInterruptedSaveAreRemovedButNotTheWorkbookOrFreshTemporaries() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(Workbook.empty().withSchool("Begin"), file);
        store.save(Workbook.empty().withSchool("Verder"), file);
        Path old = Files.writeString(dir.resolve(".team.pcanvas4711.tmp"), "{\"half");
        Path oldBackup = Files.writeString(dir.resolve(".team.pcanvas4712.bak.tmp"), "{\"half");
        Path fresh = Files.writeString(dir.resolve(".team.pcanvas4713.tmp"), "{\"being written");
        Path other = Files.writeString(dir.resolve(".other.pcanvas4714.tmp"), "{}");
        for (Path p : new Path[] {old, oldBackup, other}) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        }

        assertThat(WorkbookStore.removeLeftovers(file)).isEqualTo(2);
        assertThat(old).doesNotExist();
        assertThat(oldBackup).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
        assertThat(file).exists();
        assertThat(WorkbookStore.backupOf(file)).exists();
    }
}
