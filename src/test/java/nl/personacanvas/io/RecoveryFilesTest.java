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

    /** An app that wrote its copy and then crashed: the copy stays, its claim went with its process. */
    private void crashedAfterWriting(Workbook wb, Path source, FileFingerprint fingerprint, Instant when) throws IOException {
        RecoveryFiles app = store();
        app.write(wb, source, fingerprint, when);
        app.letGo();
    }

    @Test
    void findsWhatWasWrittenWithItsSourceAndTime() throws IOException {
        Instant when = Instant.parse("2026-05-01T12:00:00Z");
        Workbook wb = Workbook.empty().withSchool("ROC").addPersona(Persona.create("Laura", "begeleidt", "", when));
        FileFingerprint onDisk = new WorkbookStore(new WorkbookCodec()).save(Workbook.empty(), folder.resolve("werk.pcanvas"));
        crashedAfterWriting(wb, folder.resolve("werk.pcanvas"), onDisk, when);

        RecoveryFiles.Recovered found = store().find().orElseThrow();

        assertThat(found.workbook()).isEqualTo(wb);
        assertThat(found.source()).isEqualTo(folder.resolve("werk.pcanvas").toAbsolutePath());
        assertThat(found.sourceFingerprint()).isEqualTo(onDisk);
        assertThat(found.sourceFingerprint().compareWith(folder.resolve("werk.pcanvas")))
                .isEqualTo(FileFingerprint.DiskState.UNCHANGED);
        assertThat(found.savedAt()).isEqualTo(when);
    }

    @Test
    void aNoteOfTheFirstLayoutStillLoadsWithoutAFingerprint() throws IOException {
        crashedAfterWriting(Workbook.empty().withSchool("ROC"), folder.resolve("werk.pcanvas"), null, Instant.EPOCH);
        // As the app wrote it before the note had a layout number and a fingerprint:
        Files.writeString(folder.resolve("recovery/recovery.properties"),
                "#Persona Canvas recovery\nsavedAt=2026-05-01T12\\:00\\:00Z\nsource=" + folder.resolve("oud.pcanvas")
                        .toString().replace("\\", "\\\\").replace(":", "\\:") + "\n");
        RecoveryFiles.Recovered found = store().find().orElseThrow();
        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.source()).isEqualTo(folder.resolve("oud.pcanvas"));
        assertThat(found.sourceFingerprint()).isNull();
        assertThat(found.savedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
    }

    @Test
    void aDamagedFingerprintIsLeftOutButTheWorkIsStillOffered() throws IOException {
        FileFingerprint fingerprint = new FileFingerprint(12, java.nio.file.attribute.FileTime.from(Instant.EPOCH),
                "0".repeat(64));
        crashedAfterWriting(Workbook.empty().withSchool("ROC"), folder.resolve("werk.pcanvas"), fingerprint, Instant.EPOCH);
        Path note = folder.resolve("recovery/recovery.properties");
        Files.writeString(note, Files.readString(note).replace("sourceSize=12", "sourceSize=twaalf"));
        RecoveryFiles.Recovered found = store().find().orElseThrow();
        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.sourceFingerprint()).isNull();
    }

    /**
     * Session 22 (rob22): a note damaged so that it cannot be read as properties (a broken {@code \\u} escape) or naming
     * a path the system refuses (a NUL) made {@code find} throw: the start went on without offering the work, at every
     * start, and never said why. A damaged note costs the source, not the work.
     */
    @Test
    void aNoteThatCannotBeReadStillOffersTheWorkWithoutItsSource() throws IOException {
        crashedAfterWriting(Workbook.empty().withSchool("ROC"), folder.resolve("werk.pcanvas"), null, Instant.EPOCH);
        Files.writeString(folder.resolve("recovery/recovery.properties"),
                "layout=2\nsavedAt=2026-05-01T12\\:00\\:00Z\nsource=/tmp/\\u12zz.pcanvas\n");

        RecoveryFiles.Recovered found = store().find().orElseThrow();

        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.source()).isNull();
        assertThat(found.sourceFingerprint()).isNull();
    }

    @Test
    void aNoteNamingAPathTheSystemRefusesStillOffersTheWorkWithoutItsSource() throws IOException {
        crashedAfterWriting(Workbook.empty().withSchool("ROC"), folder.resolve("werk.pcanvas"), null, Instant.EPOCH);
        Files.writeString(folder.resolve("recovery/recovery.properties"),
                "layout=2\nsavedAt=2026-05-01T12\\:00\\:00Z\nsource=/tmp/a\\u0000b.pcanvas\n");

        RecoveryFiles.Recovered found = store().find().orElseThrow();

        assertThat(found.workbook().school()).isEqualTo("ROC");
        assertThat(found.source()).isNull();
        assertThat(found.savedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
    }

    @Test
    void aNeverSavedWorkbookHasNoSource() throws IOException {
        crashedAfterWriting(Workbook.empty().withSchool("ROC"), null, null, Instant.EPOCH);
        RecoveryFiles next = store();
        assertThat(next.find().orElseThrow().source()).isNull();
        assertThat(next.find().orElseThrow().sourceFingerprint()).isNull();
    }

    @Test
    void discardLeavesNothingButTheLockOfTheRunningApp() throws IOException {
        RecoveryFiles recovery = store();
        recovery.write(Workbook.empty(), null, null, Instant.EPOCH);
        recovery.write(Workbook.empty().withSchool("ROC"), null, null, Instant.EPOCH);
        Path leftover = folder.resolve("recovery/.recovery.pcanvas123.tmp");
        Files.writeString(leftover, "half a save");
        Files.setLastModifiedTime(leftover, java.nio.file.attribute.FileTime.from(Instant.EPOCH));
        recovery.discard();
        assertThat(store().find()).isEmpty();
        try (var left = Files.list(folder.resolve("recovery"))) {
            assertThat(left).map(p -> p.getFileName().toString()).containsExactly(".~recovery.pcanvas.claim");
        }
    }

    // Session 18 (rob18): a copy this version cannot read is kept, not deleted; each running app has a copy of its own.

    @Test
    void aCopyFromANewerVersionIsMovedAsideNotDeletedAndTheNextWriteLeavesItAlone() throws IOException {
        RecoveryFiles recovery = store();
        recovery.write(Workbook.empty().withSchool("Nieuwere app"), folder.resolve("werk.pcanvas"), null, Instant.EPOCH);
        Path copy = folder.resolve("recovery/recovery.pcanvas");
        String newer = Files.readString(copy).replaceFirst("\"schemaVersion\" *: *\\d+", "\"schemaVersion\": 99");
        Files.writeString(copy, newer);
        recovery.letGo();

        RecoveryFiles next = store();
        assertThat(next.find()).isEmpty();
        RecoveryFiles.KeptAside kept = next.keptAside().orElseThrow();
        assertThat(kept.file().getFileName().toString()).startsWith("unreadable-").endsWith("-recovery.pcanvas");
        assertThat(kept.file()).hasContent(newer);
        assertThat(kept.why()).isInstanceOf(WorkbookFormatException.class);
        next.write(Workbook.empty().withSchool("Deze app"), null, null, Instant.EPOCH);
        next.discard();
        assertThat(kept.file()).hasContent(newer);
    }

    @Test
    void aDamagedCopyIsKeptAsideAndItsBackupTheCopyBeforeIsOffered() throws IOException {
        RecoveryFiles recovery = store();
        recovery.write(Workbook.empty().withSchool("Eerder"), null, null, Instant.EPOCH);
        recovery.write(Workbook.empty().withSchool("Later"), null, null, Instant.EPOCH);
        Files.writeString(folder.resolve("recovery/recovery.pcanvas"), "{ not json");
        recovery.letGo();

        RecoveryFiles next = store();
        assertThat(next.find().orElseThrow().workbook().school()).isEqualTo("Eerder");
        assertThat(next.keptAside().orElseThrow().file()).hasContent("{ not json");
    }

    @Test
    void theLiveCopyOfAnotherRunningAppIsNeitherOfferedNorDiscardedNorOverwritten() throws Exception {
        Path dir = folder.resolve("recovery");
        Files.createDirectories(dir);
        // Another copy of the app, still running (this test's parent process stands in for it), has unsaved work.
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        WorkbookLock.acquire(dir.resolve("recovery.pcanvas"), new WorkbookLock.Owner("ander", machine(), other.pid(),
                other.info().startInstant().orElse(null), Instant.EPOCH)).file();
        new WorkbookStore(new WorkbookCodec()).save(Workbook.empty().withSchool("Hun werk"), dir.resolve("recovery.pcanvas"));

        RecoveryFiles mine = store();
        assertThat(mine.find()).as("not offered as if it had crashed").isEmpty();
        mine.write(Workbook.empty().withSchool("Mijn werk"), null, null, Instant.EPOCH);
        assertThat(new WorkbookStore(new WorkbookCodec()).load(dir.resolve("recovery.pcanvas")).school()).isEqualTo("Hun werk");
        assertThat(new WorkbookStore(new WorkbookCodec()).load(dir.resolve("recovery-2.pcanvas")).school()).isEqualTo("Mijn werk");
        assertThat(mine.find().orElseThrow().workbook().school()).isEqualTo("Mijn werk");
        mine.discard();
        assertThat(new WorkbookStore(new WorkbookCodec()).load(dir.resolve("recovery.pcanvas")).school()).isEqualTo("Hun werk");
        assertThat(dir.resolve("recovery-2.pcanvas")).doesNotExist();
    }

    private static String machine() {
        return WorkbookLock.Owner.current(java.time.Clock.systemUTC()).machine();
    }

    // Session 18 (rob18b): two apps starting in the same milliseconds.

    @Test
    void twoAppsStartingTogetherNeverWriteTheSameCopy() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path dir = folder.resolve("race-" + round);
            RecoveryFiles first = new RecoveryFiles(dir, new WorkbookStore(new WorkbookCodec()));
            RecoveryFiles second = new RecoveryFiles(dir, new WorkbookStore(new WorkbookCodec()));
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService apps = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = apps.submit(() -> {
                    start.await();
                    first.write(Workbook.empty().withSchool("Eerste"), null, null, Instant.EPOCH);
                    return null;
                });
                var b = apps.submit(() -> {
                    start.await();
                    second.write(Workbook.empty().withSchool("Tweede"), null, null, Instant.EPOCH);
                    return null;
                });
                a.get();
                b.get();
            } finally {
                apps.shutdown();
            }
            WorkbookStore files = new WorkbookStore(new WorkbookCodec());
            assertThat(java.util.stream.Stream.of("recovery.pcanvas", "recovery-2.pcanvas")
                    .map(name -> {
                        try {
                            return files.load(dir.resolve(name)).school();
                        } catch (IOException | WorkbookFormatException e) {
                            throw new AssertionError(name, e);
                        }
                    })).as("round %d: each app's work in a copy of its own", round).containsExactlyInAnyOrder("Eerste", "Tweede");
            first.discard();
            second.discard();
        }
    }

    @Test
    void aCopyTakenUpByOneAppIsNotOfferedToAnotherStartingAlongside() throws IOException {
        // An app that crashed left its copy; its claim went with it. Two new ones start; the first to look takes it up.
        Files.createDirectories(folder.resolve("recovery"));
        new WorkbookStore(new WorkbookCodec()).save(Workbook.empty().withSchool("Verloren werk"),
                folder.resolve("recovery/recovery.pcanvas"));
        RecoveryFiles first = store();
        RecoveryFiles second = store();
        assertThat(first.find().orElseThrow().workbook().school()).isEqualTo("Verloren werk");
        assertThat(second.find()).as("the other app offers it; discarding it here would delete its live work").isEmpty();
        second.discard();
        assertThat(folder.resolve("recovery/recovery.pcanvas")).exists();
        first.discard();
        assertThat(folder.resolve("recovery/recovery.pcanvas")).doesNotExist();
    }
}
