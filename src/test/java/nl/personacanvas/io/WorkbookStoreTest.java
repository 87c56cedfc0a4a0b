package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookStoreTest {
    private final WorkbookCodec codec = new WorkbookCodec();
    private final WorkbookStore store = new WorkbookStore(codec);

    @TempDir
    Path dir;

    private static Workbook school(String name) {
        return Workbook.empty().withSchool(name);
    }

    private static String[] names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void savesAFileThatLoadsBackWithoutABackupTheFirstTime() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Eerste"), file);
        assertThat(store.load(file).school()).isEqualTo("Eerste");
        assertThat(names(dir)).containsExactly("team.pcanvas");
    }

    @Test
    void keepsThePreviousVersionAsBackupReplacedEachSave() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Een"), file);
        store.save(school("Twee"), file);
        store.save(school("Drie"), file);
        assertThat(store.load(file).school()).isEqualTo("Drie");
        assertThat(WorkbookStore.backupOf(file)).hasFileName("team.pcanvas.bak");
        assertThat(store.load(WorkbookStore.backupOf(file)).school()).isEqualTo("Twee");
        assertThat(names(dir)).containsExactly("team.pcanvas", "team.pcanvas.bak");
    }

    @Test
    void aFileEmptiedOnDiskNeverReplacesTheLastGoodBackup() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Een"), file);
        store.save(school("Twee"), file);
        Files.write(file, new byte[0]); // emptied behind the window: a sync tool, a full disk
        store.save(school("Drie"), file);
        assertThat(store.load(WorkbookStore.backupOf(file)).school()).as("the backup before the emptying").isEqualTo("Een");
        Files.write(file, new byte[] {0, 0, 0, '\n', ' '}); // zeroed by a crash
        store.save(school("Vier"), file);
        assertThat(store.load(file).school()).isEqualTo("Vier");
        assertThat(store.load(WorkbookStore.backupOf(file)).school()).isEqualTo("Een");
        store.save(school("Vijf"), file);
        assertThat(store.load(WorkbookStore.backupOf(file)).school()).as("a workbook is kept again").isEqualTo("Vier");
        assertThat(names(dir)).containsExactly("team.pcanvas", "team.pcanvas.bak");
    }

    @Test
    void aDamagedButNotEmptyFileIsStillKeptAsTheBackup() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Een"), file);
        Files.writeString(file, "{ \"school\": \"half geschreven");
        store.save(school("Twee"), file);
        assertThat(WorkbookStore.backupOf(file)).hasContent("{ \"school\": \"half geschreven");
    }

    @Test
    void aSaveThatFailsHalfwayLeavesTheOldFileIntactAndNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Oud"), file);
        byte[] before = Files.readAllBytes(file);
        WorkbookStore failing = new WorkbookStore(codec, (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
            throw new IOException("No space left on device");
        });
        assertThatThrownBy(() -> failing.save(school("Nieuw"), file)).hasMessageContaining("No space left");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(store.load(file).school()).isEqualTo("Oud");
        assertThat(names(dir)).as("no backup of a save that did not happen").containsExactly("team.pcanvas");
    }

    // Session 21 (rob21b): the backup was kept while the helper thread still wrote, so a save failing on a full disk
    // had already made the untouched file the backup, replacing the older one: the version before it was lost.

    @Test
    void aSaveThatFailsOnAFullDiskKeepsTheOlderBackupAndTheFileByteForByte() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Een"), file);
        store.save(school("Twee"), file);
        byte[] backupBefore = Files.readAllBytes(WorkbookStore.backupOf(file));
        byte[] fileBefore = Files.readAllBytes(file);
        WorkbookStore full = new WorkbookStore(codec, (channel, bytes) -> {
            channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
            throw new IOException("No space left on device");
        });
        SaveFailedException failed = catchSaveFailure(() -> full.save(school("Drie"), file));
        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.DISK_FULL);
        assertThat(store.load(WorkbookStore.backupOf(file)).school()).as("the backup of the version before")
                .isEqualTo("Een");
        assertThat(Files.readAllBytes(WorkbookStore.backupOf(file))).isEqualTo(backupBefore);
        assertThat(Files.readAllBytes(file)).isEqualTo(fileBefore);
        assertThat(names(dir)).containsExactly("team.pcanvas", "team.pcanvas.bak");
        store.save(school("Vier"), file);
        assertThat(store.load(WorkbookStore.backupOf(file)).school()).as("the next save keeps the file again")
                .isEqualTo("Twee");
    }

    @Test
    void savingIntoAMissingFolderFailsWithoutCreatingAnything() {
        Path file = dir.resolve("nowhere").resolve("team.pcanvas");
        assertThatThrownBy(() -> store.save(school("X"), file)).isInstanceOf(IOException.class);
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void savingThroughASymbolicLinkUpdatesTheTargetAndKeepsTheLink() throws Exception {
        Path real = dir.resolve("real.pcanvas");
        store.save(school("Een"), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.pcanvas"), real);
        store.save(school("Twee"), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.load(real).school()).isEqualTo("Twee");
    }

    @Test
    void theSavedFileIsPrettyPrintedJsonWithItsHeader() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Een").withMatrixVersion("2024.1"), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\n  \"format\" : \"persona-canvas-workbook\"", "\n  \"schemaVersion\" : 1",
                "\n  \"matrixVersion\" : \"2024.1\"", "\n  \"savedBy\" : \"Persona Canvas ");
    }

    @Test
    void loadReportsMissingFilesAndFoldersAsIoErrors() {
        assertThatThrownBy(() -> store.load(dir.resolve("missing.pcanvas"))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> store.load(dir)).isInstanceOf(IOException.class);
    }

    @Test
    void loadRefusesFilesOverTheLimitWithoutReadingThemWhole() throws Exception {
        Path file = dir.resolve("big.pcanvas");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {' '}), Limits.MAX_DOCUMENT_BYTES + 10L);
        }
        assertThatThrownBy(() -> store.load(file)).isInstanceOfSatisfying(WorkbookFormatException.class,
                e -> assertThat(e.key()).isEqualTo("error.tooLarge"));
    }

    @Test
    void savingOverAFileKeepsItsPermissionsSoColleaguesCanStillReadIt() throws Exception {
        Path file = dir.resolve("gedeeld.pcanvas");
        store.save(school("Eerste"), file);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> shared =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        store.save(school("Tweede"), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
        assertThat(Files.getPosixFilePermissions(WorkbookStore.backupOf(file))).isEqualTo(shared);
    }

    @Test
    void aNewFileIsNotMadePrivateToItsOwner() throws Exception {
        Path file = dir.resolve("nieuw.pcanvas");
        Path probe = Files.writeString(dir.resolve("probe.txt"), "as any program creates a file here");
        store.save(school("Eerste"), file);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(probe));
    }

    // Session 18 (rob18): a failed save says why in the user's words, naming the folder, never the hidden temporary file.

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aFullDiskIsSaidAsSuchAndTheOldFileStays() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        store.save(school("Oud"), file);
        WorkbookStore full = new WorkbookStore(codec, (channel, bytes) -> {
            throw new IOException("No space left on device");
        });
        SaveFailedException failed = catchSaveFailure(() -> full.save(school("Nieuw"), file));
        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.DISK_FULL);
        assertThat(failed.describe(NL)).isEqualTo("De schijf met de map " + dir + " is vol. Maak ruimte vrij of kies een andere schijf.");
        assertThat(failed.describe(Locale.ENGLISH)).startsWith("The disk with the folder " + dir + " is full.");
        assertThat(store.load(file).school()).isEqualTo("Oud");
    }

    @Test
    void aFolderWithoutWritePermissionIsSaidAsSuchWithoutTheTemporaryName() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        WorkbookStore denied = new WorkbookStore(codec, (channel, bytes) -> {
            throw new AccessDeniedException(dir.resolve(".team.pcanvas123.tmp").toString());
        });
        SaveFailedException failed = catchSaveFailure(() -> denied.save(school("Nieuw"), file));
        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.NO_PERMISSION);
        assertThat(failed.describe(NL)).startsWith("Je mag niet schrijven in de map " + dir).doesNotContain(".tmp");
        assertThat(names(dir)).isEmpty();
    }

    /** Session 26: a file marked read-only is not renamed over, whatever the account may do (the tests run as root). */
    @Test
    void aFileMarkedReadOnlyIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        FileFingerprint read = store.save(school("Oud"), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--r-----"));
        SaveFailedException failed = catchSaveFailure(() -> store.saveOver(school("Nieuw"), file, read));
        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.NO_PERMISSION);
        assertThat(failed.describe(NL)).isEqualTo("Je mag niet schrijven in de map " + dir
                + ", of het bestand team.pcanvas is alleen-lezen. Kies een andere map of vraag om schrijfrechten.");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(names(dir)).containsExactly("team.pcanvas");
        // Writable for its group only (a shared drive): saved as before.
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("r--rw----"));
        store.saveOver(school("Nieuw"), file, read);
        assertThat(store.load(file).school()).isEqualTo("Nieuw");
    }

    @Test
    void aFolderThatWasDeletedIsSaidAsSuch() {
        Path gone = dir.resolve("gedeeld");
        SaveFailedException failed = catchSaveFailure(() -> store.save(school("X"), gone.resolve("team.pcanvas")));
        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.NO_FOLDER);
        assertThat(failed.describe(NL)).isEqualTo("De map " + gone
                + " bestaat niet (meer). Kies een andere map om het werkboek in op te slaan.");
        assertThat(gone).doesNotExist();
    }

    @Test
    void aFileReplacedByAFolderIsRefusedBeforeAnythingIsWrittenAndTheFolderIsLeftAlone() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        FileFingerprint read = store.save(school("Een"), file);
        Files.delete(file);
        Files.createDirectory(file);
        Files.writeString(file.resolve("inhoud.txt"), "van de sync-app");
        SaveFailedException failed = catchSaveFailure(() -> store.saveOver(school("Twee"), file, read));
        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.IS_FOLDER);
        assertThat(failed.describe(Locale.ENGLISH)).contains("holds a folder named team.pcanvas");
        assertThat(file.resolve("inhoud.txt")).hasContent("van de sync-app");
        assertThat(names(dir)).containsExactly("team.pcanvas");
    }

    @Test
    void savingThroughALinkWhoseFileIsGoneWritesThatFileAndKeepsTheLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.pcanvas"), Path.of("echt.pcanvas"));
        store.save(school("Nieuw"), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.load(dir.resolve("echt.pcanvas")).school()).isEqualTo("Nieuw");
        assertThat(names(dir)).containsExactly("echt.pcanvas", "link.pcanvas");
    }

    @Test
    void aNoteLongerThanTheReaderAcceptsIsRefusedWithItsPersonaInsteadOfMakingAFileThatCannotBeOpened() throws Exception {
        Path file = dir.resolve("team.pcanvas");
        java.time.Instant t = java.time.Instant.parse("2026-11-30T10:00:00Z");
        nl.personacanvas.model.Persona laura = nl.personacanvas.model.Persona.create("Laura", "begeleidt", "", t);
        Workbook fits = school("X").addPersona(laura.withCanvas(laura.canvas().add(nl.personacanvas.model.Quadrant.DESIGN,
                new nl.personacanvas.model.Entry("e-1", "🌍".repeat(Limits.MAX_TEXT_LENGTH), java.util.List.of(), ""))));
        store.save(fits, file);
        assertThat(store.load(file)).as("10,000 emoji are 20,000 chars but 10,000 code points").isEqualTo(fits);
        byte[] before = Files.readAllBytes(file);

        Workbook pasted = fits.updatePersona(laura.id(), p -> p.withCanvas(p.canvas().replace(
                new nl.personacanvas.model.Entry("e-1", "Ontwerpt " + "x".repeat(Limits.MAX_TEXT_LENGTH), java.util.List.of(), ""))));
        SaveFailedException failed = catchSaveFailure(() -> store.save(pasted, file));

        assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.TOO_LONG);
        assertThat(failed.describe(NL)).startsWith("Een tekst bij Laura is te lang om op te slaan: 10.009 tekens, waar er"
                + " hoogstens 10.000 passen. Hij begint met \"Ontwerpt xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\u2026\".");
        assertThat(failed.describe(Locale.ENGLISH)).startsWith("A text of Laura is too long to save: 10,009 characters");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private interface Save {
        void run() throws IOException;
    }

    private static SaveFailedException catchSaveFailure(Save save) {
        try {
            save.run();
        } catch (SaveFailedException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError("Expected a SaveFailedException, got " + e, e);
        }
        throw new AssertionError("The save did not fail");
    }
}
