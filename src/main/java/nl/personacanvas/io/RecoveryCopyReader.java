package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.personacanvas.model.Workbook;

/**
 * Reads what one recovery copy holds: the workbook with its note, else its backup (the copy before) when the copy
 * itself had to go aside, and the sort dialog's statements beside it. What this version cannot read is moved aside
 * under a name no save or discard touches, never deleted: a copy from a newer version is the user's work too. Which
 * copy is whose (claims, locks) is {@link RecoveryFiles}' job; one reader serves one search for a copy to offer.
 */
final class RecoveryCopyReader {
    private static final System.Logger LOG = System.getLogger(RecoveryCopyReader.class.getName());
    private final WorkbookStore store;
    private RecoveryFiles.KeptAside keptAside;

    RecoveryCopyReader(WorkbookStore store) {
        this.store = store;
    }

    /** What {@code copy} holds, workbook and statements, or empty when nothing readable is left of it. */
    Optional<RecoveryFiles.Recovered> read(Path copy) {
        Optional<RecoveryFiles.Recovered> found = read(copy, copy);
        if (found.isEmpty() && !Files.exists(copy)) {
            found = read(WorkbookStore.backupOf(copy), copy);
        }
        UnsortedStatements statements = readStatements(copy);
        if (statements != null) {
            found = Optional.of(found.map(f -> f.with(statements))
                    .orElseGet(() -> RecoveryFiles.Recovered.ofStatements(statements)));
        }
        return found;
    }

    /**
     * The first file this reader moved aside, the one the user is told of: the workbook's when both it and the
     * statements beside it were unreadable.
     */
    Optional<RecoveryFiles.KeptAside> keptAside() {
        return Optional.ofNullable(keptAside);
    }

    /** {@code file} (the copy or its backup) with the note of {@code copy}; an unreadable copy goes aside. */
    private Optional<RecoveryFiles.Recovered> read(Path file, Path copy) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Workbook workbook = store.load(file);
            RecoveryNote note = RecoveryNote.read(copy, file);
            return Optional.of(new RecoveryFiles.Recovered(workbook, note.source(), note.sourceFingerprint(),
                    note.savedAt(), null));
        } catch (IOException | WorkbookFormatException e) {
            if (file.equals(copy)) {
                keepAside(copy, e);
            } else {
                LOG.log(System.Logger.Level.WARNING, "The backup of the recovery copy cannot be read either: " + file, e);
            }
            return Optional.empty();
        }
    }

    /** The statements kept beside {@code copy}, or null when there are none; unreadable ones go aside. */
    private UnsortedStatements readStatements(Path copy) {
        Path file = UnsortedStatements.of(copy);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return UnsortedStatements.read(copy);
        } catch (IOException | WorkbookFormatException e) {
            keepAside(file, e);
            return null;
        }
    }

    /** Moves an unreadable copy and its note out of the way under a name no save or discard touches. */
    private void keepAside(Path copy, Exception why) {
        String stamp = "unreadable-" + System.currentTimeMillis() + "-";
        Path kept = copy.resolveSibling(stamp + copy.getFileName());
        try {
            Files.move(copy, kept);
            Path note = RecoveryNote.of(copy);
            if (copy.getFileName().toString().endsWith(WorkbookStore.EXTENSION) && Files.isRegularFile(note)) {
                Files.move(note, note.resolveSibling(stamp + note.getFileName()));
            }
            if (keptAside == null) {
                keptAside = new RecoveryFiles.KeptAside(kept, why);
            }
            LOG.log(System.Logger.Level.WARNING, "Kept an unreadable recovery file as " + kept, why);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot move the unreadable recovery file " + copy + " aside", e);
        }
    }
}
