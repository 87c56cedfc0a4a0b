package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookLockTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC);
    private final WorkbookLock.Owner me = WorkbookLock.Owner.current(CLOCK);

    @TempDir
    Path dir;

    @Test
    void theLockFileSitsNextToTheWorkbookAndNamesUserMachineProcessAndTime() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        try (WorkbookLock lock = WorkbookLock.acquire(workbook, me)) {
            assertThat(lock.file()).isEqualTo(dir.resolve(".~team.pcanvas.lock").toAbsolutePath());
            String text = Files.readString(lock.file());
            assertThat(text).contains("user=" + System.getProperty("user.name"), "pid=" + ProcessHandle.current().pid(),
                    "since=2026-03-01T09\\:30\\:00Z");
            assertThat(WorkbookLock.read(lock.file())).contains(me);
            assertThat(me.machine()).isNotBlank();
        }
        assertThat(WorkbookLock.lockFileOf(workbook)).doesNotExist();
    }

    /**
     * Session 21: a lock that cannot be written (a full disk, a folder in its place) left its hidden temporary file
     * beside the workbook for good; nothing removes it later (it is not one of a save's leftovers).
     */
    @Test
    void aLockThatCannotBeWrittenLeavesNoTemporaryFileBehind() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        Files.createDirectories(WorkbookLock.lockFileOf(workbook).resolve("inside"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WorkbookLock.acquire(workbook, me))
                .isInstanceOf(java.io.IOException.class);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".~team.pcanvas.lock");
        }
    }

    @Test
    void myOwnLockIsNoWarningButAnotherLiveProcessesIs() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        WorkbookLock.acquire(workbook, me);
        assertThat(WorkbookLock.heldByOther(workbook, me)).isEmpty();

        // Another copy of the app: the parent of this test JVM (Maven or the IDE) is a live process.
        ProcessHandle other = ProcessHandle.current().parent().orElseThrow();
        WorkbookLock.Owner colleague = new WorkbookLock.Owner("ans", me.machine(), other.pid(),
                other.info().startInstant().orElse(null), CLOCK.instant());
        WorkbookLock.acquire(workbook, colleague);
        assertThat(WorkbookLock.heldByOther(workbook, me)).contains(colleague);
    }

    @Test
    void aLockOnAnotherMachineCountsBecauseItsProcessCannotBeChecked() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        WorkbookLock.Owner remote = new WorkbookLock.Owner("ans", "laptop-ans", 1, null, CLOCK.instant());
        WorkbookLock.acquire(workbook, remote);
        assertThat(WorkbookLock.heldByOther(workbook, me)).contains(remote);
    }

    @Test
    void aLockWhoseProcessIsGoneIsStale() throws Exception {
        Process child = new ProcessBuilder("true").start();
        child.waitFor();
        Path workbook = dir.resolve("team.pcanvas");
        WorkbookLock.acquire(workbook, new WorkbookLock.Owner("ans", me.machine(), child.pid(), null, CLOCK.instant()));
        assertThat(WorkbookLock.heldByOther(workbook, me)).isEmpty();
    }

    @Test
    void aReusedProcessIdIsStaleWhenItsStartTimeDiffers() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        WorkbookLock.acquire(workbook, new WorkbookLock.Owner("ans", me.machine(), me.pid(),
                Instant.parse("2001-01-01T00:00:00Z"), CLOCK.instant()));
        assertThat(WorkbookLock.heldByOther(workbook, me)).isEmpty();
    }

    @Test
    void closingDoesNotRemoveALockSomeoneElseTookOver() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        WorkbookLock mine = WorkbookLock.acquire(workbook, me);
        WorkbookLock.Owner remote = new WorkbookLock.Owner("ans", "laptop-ans", 7, null, CLOCK.instant());
        WorkbookLock.acquire(workbook, remote);
        mine.close();
        assertThat(WorkbookLock.read(mine.file())).contains(remote);
    }

    @Test
    void anUnreadableLockFileIsIgnored() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        Files.write(WorkbookLock.lockFileOf(workbook), new byte[] {0, 1, 2, (byte) 0xFF});
        assertThat(WorkbookLock.heldByOther(workbook, me)).isEmpty();
    }

    @Test
    void aCopyOfTheAppThatQuitsWithoutClosingTheFileLeavesNoLock() throws Exception {
        Path workbook = dir.resolve("team.pcanvas");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                QuitsWithLockHeld.class.getName(), workbook.toString()).redirectErrorStream(true).start();
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor()).as(out).isZero();
        assertThat(out).contains("held " + WorkbookLock.lockFileOf(workbook));
        assertThat(WorkbookLock.lockFileOf(workbook)).doesNotExist();
    }

    /** Takes a lock and ends the process without closing it, as Platform.exit or System.exit would. */
    public static final class QuitsWithLockHeld {
        public static void main(String[] args) throws Exception {
            WorkbookLock lock = WorkbookLock.acquire(Path.of(args[0]), WorkbookLock.Owner.current(Clock.systemUTC()));
            if (Files.exists(lock.file())) {
                System.out.println("held " + lock.file());
            }
            System.exit(0);
        }
    }
}
