package nl.personacanvas.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * A lock file next to an open workbook, {@code .~<name>.lock}, saying who has it open: user, machine,
 * process and since when. It does not stop anyone (a shared drive offers no reliable locking); it lets
 * a second copy of the app, on this or another computer, warn before two people edit the same file.
 * A lock whose process is gone on this machine (the app crashed) is stale and ignored.
 */
public final class WorkbookLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WorkbookLock.class.getName());

    /** Who holds a lock. {@code started} tells a reused process id from the original process. */
    public record Owner(String user, String machine, long pid, Instant started, Instant since) {
        public Owner {
            user = Objects.requireNonNullElse(user, "");
            machine = Objects.requireNonNullElse(machine, "");
        }

        /** This process, as it would write itself into a lock. */
        public static Owner current(Clock clock) {
            ProcessHandle self = ProcessHandle.current();
            return new Owner(System.getProperty("user.name", ""), machineName(), self.pid(),
                    self.info().startInstant().orElse(null), clock.instant());
        }

        boolean sameProcessAs(Owner other) {
            return pid == other.pid && machine.equals(other.machine) && Objects.equals(started, other.started);
        }
    }

    private final Path lockFile;
    private final Owner owner;
    /** Removes the lock however the app ends short of a crash, also when it quits without closing the file. */
    private final Thread removeOnExit = new Thread(this::remove, "remove-workbook-lock");

    private WorkbookLock(Path lockFile, Owner owner) {
        this.lockFile = lockFile;
        this.owner = owner;
    }

    public static Path lockFileOf(Path workbook) {
        Path absolute = workbook.toAbsolutePath();
        // A long name leaves room for ".~", ".lock" and the temporary file's "." + pid + ".tmp" (rob23).
        return absolute.resolveSibling(".~" + NameRoom.fitting(absolute.getFileName().toString(), 2 + 5 + 1 + 19 + 4) + ".lock");
    }

    /**
     * Someone else holding {@code workbook} open: a readable lock that is not {@code self}'s and not
     * stale. Empty when the file is free (an unreadable lock file says nothing, so it is ignored).
     */
    public static Optional<Owner> heldByOther(Path workbook, Owner self) {
        return read(lockFileOf(workbook)).filter(o -> !o.sameProcessAs(self) && !isStale(o, self.machine()));
    }

    /**
     * A lock is stale when its process is known to be gone: on this machine, no live process with its id
     * that started when it did. On another machine that cannot be known, so such a lock counts.
     */
    static boolean isStale(Owner owner, String thisMachine) {
        if (!owner.machine().equals(thisMachine)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(owner.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        return owner.started() != null && started.isPresent() && !started.get().equals(owner.started());
    }

    /** Writes (or takes over) the lock for {@code workbook}; closing the returned lock removes it. */
    public static WorkbookLock acquire(Path workbook, Owner owner) throws IOException {
        Path lockFile = lockFileOf(workbook);
        Properties p = new Properties();
        p.setProperty("user", owner.user());
        p.setProperty("machine", owner.machine());
        p.setProperty("pid", Long.toString(owner.pid()));
        if (owner.started() != null) {
            p.setProperty("started", owner.started().toString());
        }
        p.setProperty("since", owner.since().toString());
        Path tmp = lockFile.resolveSibling(lockFile.getFileName() + "." + owner.pid() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Persona Canvas: this workbook is open");
            }
            Files.move(tmp, lockFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            // A full disk or a folder in the lock's place: no empty hidden file left beside the workbook for good.
            Files.deleteIfExists(tmp);
        }
        WorkbookLock lock = new WorkbookLock(lockFile, owner);
        Runtime.getRuntime().addShutdownHook(lock.removeOnExit);
        return lock;
    }

    /** The owner named in a lock file; empty when there is none or it cannot be read. */
    static Optional<Owner> read(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(lockFile)) {
            // A lock file is tiny; a large one is not ours and is not read whole.
            p.load(new ByteArrayInputStream(in.readNBytes(4096)));
            String started = p.getProperty("started");
            String since = p.getProperty("since");
            if (since == null) {
                return Optional.empty();
            }
            return Optional.of(new Owner(p.getProperty("user"), p.getProperty("machine"),
                    Long.parseLong(p.getProperty("pid", "-1")), started == null ? null : Instant.parse(started),
                    Instant.parse(since)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            LOG.log(System.Logger.Level.DEBUG, "Ignoring unreadable lock file " + lockFile, e);
            return Optional.empty();
        }
    }

    public Owner owner() {
        return owner;
    }

    public Path file() {
        return lockFile;
    }

    /** Removes the lock file, unless another copy of the app has taken it over meanwhile. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(removeOnExit);
        } catch (IllegalStateException e) {
            // The app is exiting; the hook removes the lock.
        }
        remove();
    }

    private void remove() {
        try {
            if (read(lockFile).filter(owner::sameProcessAs).isPresent()) {
                Files.deleteIfExists(lockFile);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot remove lock file " + lockFile, e);
        }
    }

    /**
     * The computer's name without asking the network (a name lookup could reach a DNS server): the
     * environment on Windows, the kernel's host name on Linux.
     */
    private static String machineName() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        for (String file : new String[] {"/proc/sys/kernel/hostname", "/etc/hostname"}) {
            try {
                String name = Files.readString(Path.of(file)).strip();
                if (!name.isEmpty()) {
                    return name;
                }
            } catch (IOException | RuntimeException e) {
                // Not this platform; try the next source.
            }
        }
        return "";
    }
}
