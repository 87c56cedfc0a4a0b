package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.Stream;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 23 (rob23): a workbook whose name is long in bytes (a file system allows 255; an Arabic letter or an
 * accented one is 2 bytes in UTF-8, an emoji 4). The save writes hidden names made from the workbook's
 * ({@code .<name><random>.tmp}, {@code .<name><random>.bak.tmp}, the lock {@code .~<name>.lock}), some 30 bytes
 * longer: a workbook that opened (a colleague named it, or a sync client brought it) could never be saved in place,
 * and the window said only the system's English "File name too long".
 */
class LongFileNamesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final WorkbookStore store = new WorkbookStore(new WorkbookCodec());

    @TempDir
    Path dir;

    private static String arabic(int letters) {
        return "\u0639".repeat(letters);
    }

    private static int bytes(Path file) {
        return file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aWorkbookWhoseNameIsLongInBytesSavesInPlaceWithItsBackupAndLock() throws Exception {
        Path file = dir.resolve("Zo\u00EB " + arabic(118) + " \uD83C\uDF0D.pcanvas"); // 254 bytes: it fits
        assertThat(bytes(file)).isEqualTo(254);
        Files.write(file, new WorkbookCodec().write(Workbook.empty().withSchool("Een")));

        store.save(Workbook.empty().withSchool("Twee"), file);
        store.save(Workbook.empty().withSchool("Drie"), file);

        assertThat(store.load(file).school()).isEqualTo("Drie");
        Path backup = WorkbookStore.backupOf(file);
        assertThat(store.load(backup).school()).isEqualTo("Twee");
        assertThat(bytes(backup)).isLessThanOrEqualTo(255);
        assertThat(backup.getFileName().toString()).startsWith("Zo\u00EB " + arabic(100)).endsWith(".bak");
        try (WorkbookLock lock = WorkbookLock.acquire(file, WorkbookLock.Owner.current(Clock.systemUTC()))) {
            assertThat(WorkbookLock.lockFileOf(file)).exists();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    file.getFileName().toString(), backup.getFileName().toString());
        }
    }

    @Test
    void leftoversOfAnInterruptedSaveOfALongNameAreRemovedAsAnyOthers() throws Exception {
        Path file = dir.resolve(arabic(120) + ".pcanvas");
        store.save(Workbook.empty().withSchool("Een"), file);
        // What an interrupted save of it leaves: the same hidden name a save makes, with the number the save draws.
        Path leftover = SafeReplace.freeName(dir, WorkbookStore.temporaryPrefix(file), ".tmp");
        Files.writeString(leftover, "{");
        Files.setLastModifiedTime(leftover, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        assertThat(bytes(leftover)).isLessThanOrEqualTo(255);

        assertThat(WorkbookStore.removeLeftovers(file)).isEqualTo(1);
        assertThat(leftover).doesNotExist();
        assertThat(file).exists();
    }

    @Test
    void aNameTheFileSystemCannotHoldIsSaidInTheUsersLanguage() throws IOException {
        Path file = dir.resolve(arabic(124) + ".pcanvas"); // 256 bytes
        try {
            store.save(Workbook.empty().withSchool("Een"), file);
        } catch (SaveFailedException failed) {
            assertThat(failed.reason()).isEqualTo(SaveFailedException.Reason.NAME_TOO_LONG);
            assertThat(failed.describe(NL)).isEqualTo("De bestandsnaam " + file.getFileName() + " is te lang: 256 bytes,"
                    + " waar een bestandsnaam er hoogstens 255 mag hebben (een letter met een accent of een Arabische letter"
                    + " telt voor 2, een emoji voor 4). Kies een kortere naam.");
            assertThat(failed.describe(Locale.ENGLISH)).isEqualTo("The file name " + file.getFileName() + " is too long:"
                    + " 256 bytes, where a file name may have at most 255 (an accented or Arabic letter counts as 2, an"
                    + " emoji as 4). Choose a shorter name.");
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
            return;
        }
        throw new AssertionError("The save did not fail");
    }
}
