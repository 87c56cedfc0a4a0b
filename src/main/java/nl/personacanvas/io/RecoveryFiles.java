package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.personacanvas.model.Workbook;

/**
 * The recovery copy of unsaved work: the workbook in the ordinary file format plus a small note of
 * where it came from and when ({@link RecoveryNote}), in a folder of the app's own (not next to the user's file). Written by
 * the autosave in the background through {@link WorkbookStore#save}, so a crash while writing leaves the
 * previous copy whole; present at start-up only if the app did not close cleanly.
 *
 * <p>Every running copy of the app has a copy of its own ({@code recovery.pcanvas}, else {@code recovery-2.pcanvas},
 * ...), guarded by a {@link WorkbookLock} while it runs. With one shared copy a second copy of the app (a second
 * workbook double-clicked) offered the first one's live work as "not closed cleanly", deleted it when saving its own
 * and overwrote it with its own autosave, so a crash of the first lost its words.
 *
 * <p>This class keeps which copy is whose (claims, locks, finding one to offer, discarding); reading a copy and moving
 * an unreadable one aside is {@link RecoveryCopyReader}'s job, the folder's names {@link RecoveryFolder}'s.
 */
public final class RecoveryFiles {
    private static final System.Logger LOG = System.getLogger(RecoveryFiles.class.getName());
    /**
     * What a previous run left behind. {@code source} is null for a workbook never saved;
     * {@code sourceFingerprint} is what the source file held when the work began from it (null for a
     * note of the first layout, or when unknown), so saving the restored work can still notice that
     * someone changed the file meanwhile.
     *
     * @param workbook   the unsaved workbook, or null when only statements were left (the workbook had been saved)
     * @param statements the sort dialog's statements not yet added to a canvas, or null when there were none
     */
    public record Recovered(Workbook workbook, Path source, FileFingerprint sourceFingerprint, Instant savedAt,
                            UnsortedStatements statements) {
        /** Only the sort dialog's statements: the workbook had no unsaved changes. */
        static Recovered ofStatements(UnsortedStatements statements) {
            return new Recovered(null, statements.source(), null, statements.savedAt(), statements);
        }

        Recovered with(UnsortedStatements found) {
            return new Recovered(workbook, source, sourceFingerprint, savedAt, found);
        }

        public boolean hasWorkbook() {
            return workbook != null;
        }

        public boolean hasStatements() {
            return statements != null && !statements.text().isBlank();
        }
    }

    /** A copy this version cannot read (damaged, or from a newer version), moved aside instead of deleted. */
    public record KeptAside(Path file, Exception why) {
    }

    private final Path directory;
    private final RecoveryFolder folder;
    private final WorkbookStore store;
    private final WorkbookLock.Owner self = WorkbookLock.Owner.current(Clock.systemUTC());
    /** This copy of the app's recovery copy, once written or found, and its claim; its lock once written. */
    private Path slot;
    private RecoveryClaim claim;
    private WorkbookLock lock;
    private KeptAside keptAside;

    public RecoveryFiles(Path directory, WorkbookStore store) {
        this.directory = directory;
        this.folder = new RecoveryFolder(directory);
        this.store = store;
    }

    /**
     * Keeps {@code workbook} as the copy to offer after a crash. {@code sourceFingerprint} is what
     * {@code source} held when last read or written by this window, or null when not known.
     */
    public synchronized void write(Workbook workbook, Path source, FileFingerprint sourceFingerprint, Instant now)
            throws IOException {
        Files.createDirectories(directory);
        Path copy = ownCopy();
        store.save(workbook, copy);
        new RecoveryNote(source, sourceFingerprint, now).write(copy);
    }

    /**
     * Keeps the sort dialog's statements, not yet added to a canvas, to offer after a crash: beside this app's copy of
     * the workbook, or on their own when the workbook has no unsaved changes.
     */
    public synchronized void writeStatements(UnsortedStatements statements) throws IOException {
        Files.createDirectories(directory);
        statements.write(ownCopy());
    }

    /**
     * The copy this app writes: the one it found at start (restored or about to be discarded), else the first
     * name no other running copy of the app holds and no crashed one left work in (that work waits for the next
     * start to be offered).
     */
    private Path ownCopy() throws IOException {
        if (claim == null) {
            slot = null;
            for (int i = 1; slot == null; i++) {
                Path candidate = folder.copyNumber(i);
                if (free(candidate)) {
                    Optional<RecoveryClaim> taken = RecoveryClaim.tryTake(candidate);
                    // Checked again once claimed: another app may have claimed, written and let go meanwhile.
                    if (taken.isPresent() && free(candidate)) {
                        claim = taken.get();
                        slot = candidate;
                    } else {
                        taken.ifPresent(RecoveryClaim::close);
                    }
                }
            }
        }
        if (lock == null) {
            lock = WorkbookLock.acquire(slot, self);
        }
        return slot;
    }

    private boolean free(Path candidate) {
        return !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(UnsortedStatements.of(candidate), LinkOption.NOFOLLOW_LINKS)
                && WorkbookLock.heldByOther(candidate, self).isEmpty();
    }

    /**
     * What the end of this process does, short of a discard: the claim and lock go, the copy stays to be offered at
     * the next start. For a caller that only looks at the copy (the crash tests) or plays a crash and the next start
     * in one process.
     */
    public synchronized void letGo() {
        release();
        slot = null;
    }

    /** Lets go of this app's copy: another app may take it up (after a discard) or offer it (after a crash). */
    private void release() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
        if (claim != null) {
            claim.close();
            claim = null;
        }
    }

    /**
     * The newest recovery copy no running copy of the app holds, if there is a readable one; it becomes this app's
     * copy (overwritten by its autosave, removed by {@link #discard}). One this version cannot read is moved aside,
     * never deleted: a copy from a newer version is the user's work too ({@link #keptAside}); its backup, the copy
     * before, is offered instead when it can be read.
     */
    public synchronized Optional<Recovered> find() {
        keptAside = null;
        RecoveryCopyReader reader = new RecoveryCopyReader(store);
        for (Path copy : candidates()) {
            boolean own = claim != null && copy.equals(slot);
            Optional<RecoveryClaim> taken = own ? Optional.of(claim) : claimed(copy);
            if (taken.isEmpty()) {
                continue; // another app starting alongside offers it
            }
            Optional<Recovered> found = reader.read(copy);
            keptAside = reader.keptAside().orElse(null);
            if (found.isEmpty()) {
                if (!own) {
                    taken.get().close();
                }
            } else {
                if (!own) {
                    release(); // taking up another copy: this app's own earlier one waits for the next start
                    claim = taken.get();
                }
                slot = copy;
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<RecoveryClaim> claimed(Path copy) {
        try {
            return RecoveryClaim.tryTake(copy);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot claim the recovery copy " + copy, e);
            return Optional.empty();
        }
    }

    /** The copy found unreadable and moved aside by the last {@link #find}, if any. */
    public synchronized Optional<KeptAside> keptAside() {
        return Optional.ofNullable(keptAside);
    }

    /** The copies no other running app holds, newest first. */
    private List<Path> candidates() {
        return folder.copiesNewestFirst().stream().filter(p -> WorkbookLock.heldByOther(p, self).isEmpty()).toList();
    }

    /**
     * Removes this app's copy of the workbook, its backup and note, its statements, and what interrupted writes left
     * behind; another running copy's is left alone. The lock and claim go too: with no copy there is nothing to guard.
     * The claim file stays (see {@link RecoveryClaim}).
     */
    public synchronized void discard() {
        discardWorkbook();
        discardStatements();
    }

    /**
     * Removes this app's copy of the workbook (it was saved, or its changes thrown away): the sort dialog's statements,
     * which are in no workbook, stay, and with them this app's hold on its copy number.
     */
    public synchronized void discardWorkbook() {
        if (slot == null) {
            return;
        }
        try {
            Files.deleteIfExists(slot);
            Files.deleteIfExists(WorkbookStore.backupOf(slot));
            Files.deleteIfExists(RecoveryNote.of(slot));
            Files.deleteIfExists(RecoveryNote.temporaryOf(slot));
            if (Files.isDirectory(directory)) {
                WorkbookStore.removeLeftovers(slot);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete recovery file in " + directory, e);
        }
        releaseWhenEmpty();
    }

    /** Removes the sort dialog's statements (added to a canvas, or cleared); a copy of the workbook stays. */
    public synchronized void discardStatements() {
        if (slot == null) {
            return;
        }
        try {
            Files.deleteIfExists(UnsortedStatements.of(slot));
            Files.deleteIfExists(UnsortedStatements.temporaryOf(slot));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete the kept statements in " + directory, e);
        }
        releaseWhenEmpty();
    }

    private void releaseWhenEmpty() {
        if (!Files.exists(slot, LinkOption.NOFOLLOW_LINKS)
                && !Files.exists(UnsortedStatements.of(slot), LinkOption.NOFOLLOW_LINKS)) {
            release();
            slot = null; // no longer this app's: a second discard must not delete what another app took up since
        }
    }
}
