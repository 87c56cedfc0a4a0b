package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
        assertThat(names(dir)).containsExactly("team.pcanvas", "team.pcanvas.bak");
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
}
