package nl.personacanvas.ui.document;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import nl.personacanvas.model.Workbook;

/**
 * The workbook being edited: the current immutable snapshot, where it lives on disk, whether it has
 * unsaved changes, and its undo history. Every edit in the UI goes through {@link #apply}, which is
 * what makes every change undoable and every change visible to autosave. Used on the FX thread only.
 */
public final class WorkbookDocument {
    private static final int HISTORY_LIMIT = 1000;

    private final ReadOnlyObjectWrapper<Workbook> workbook = new ReadOnlyObjectWrapper<>(this, "workbook", Workbook.empty());
    /** The snapshot on disk, compared by identity: undoing back to it makes the document clean again. */
    private final ReadOnlyObjectWrapper<Workbook> saved = new ReadOnlyObjectWrapper<>(this, "saved", workbook.get());
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper(this, "redoLabel", "");
    /**
     * Set once a change is complete, not bound to {@code workbook} and {@code saved}: a binding would pass through
     * "dirty" between the two sets of {@link #open}, and the autosaver, seeing it turn clean again, would delete the
     * recovery copy (at start, while the window asks whether to restore it).
     */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final UndoHistory<Workbook> history = new UndoHistory<>(HISTORY_LIMIT);
    /** How many workbooks were opened in this document: a save that ends after the next one opened must not touch it. */
    private long openings;

    /**
     * Changes the workbook. {@code coalesceKey} groups consecutive edits into one undo step (use e.g.
     * "entry:" + id for typing); null makes every call its own step. A change that changes nothing
     * records nothing.
     */
    public void apply(String label, String coalesceKey, UnaryOperator<Workbook> change) {
        Workbook before = workbook.get();
        Workbook after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.record(label, coalesceKey, before);
        workbook.set(after);
        refreshState();
    }

    /** Closes the current run of coalesced edits, e.g. when the caret leaves an entry. */
    public void sealUndoStep() {
        history.seal();
    }

    public void undo() {
        history.undo(workbook.get()).ifPresent(workbook::set);
        refreshState();
    }

    public void redo() {
        history.redo(workbook.get()).ifPresent(workbook::set);
        refreshState();
    }

    /** Replaces the document with a workbook from disk (or a new one when {@code path} is null). */
    public void open(Workbook loaded, Path path) {
        openings++;
        history.clear();
        saved.set(loaded);
        workbook.set(loaded);
        file.set(path);
        refreshState();
    }

    /**
     * Shows a workbook that is not what is on disk (a restored recovery file): it starts dirty, so the
     * user is asked before it is lost again.
     */
    public void openUnsaved(Workbook restored, Path path) {
        open(restored, path);
        saved.set(null);
        refreshState();
    }

    /**
     * Notes that {@code written} is now on disk at {@code path}. Saving runs in the background, so the
     * user may have typed on meanwhile; then the document stays dirty.
     */
    public void markSaved(Workbook written, Path path) {
        markSaved(written, written, UnaryOperator.identity(), path);
    }

    /**
     * Notes that {@code snapshot} was saved at {@code path} as {@code written}, a mended copy of it when the save had
     * to mend it, and takes that up, so the window shows what its file holds: {@code written} itself when nothing
     * was changed meanwhile, else the workbook as it is now mended by {@code asWritten} (the same mending, so what the
     * user typed during the save stays, unsaved). The undo history keeps its steps: one that went back to
     * {@code snapshot} goes back to {@code written} now, earlier ones to what they were (undo of an activity's removal
     * still gives its personas their activity back).
     */
    public void markSaved(Workbook snapshot, Workbook written, UnaryOperator<Workbook> asWritten, Path path) {
        // Saved first: a listener on the workbook then already sees the document clean when it is.
        saved.set(written);
        file.set(path);
        if (written != snapshot) {
            history.replace(snapshot, written);
            Workbook now = workbook.get();
            workbook.set(now == snapshot ? written : asWritten.apply(now));
        }
        refreshState();
    }

    private void refreshState() {
        dirty.set(workbook.get() != saved.get());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoLabel.set(history.undoLabel().orElse(""));
        redoLabel.set(history.redoLabel().orElse(""));
    }

    public Workbook workbook() {
        return workbook.get();
    }

    /**
     * Which of the workbooks opened here is shown, counted by {@link #open}: work begun on one (a save written in the
     * background) compares it when it ends, so it does not take up another opened meanwhile (Ctrl+N answered
     * "Niet opslaan" while the save ran).
     */
    public long opening() {
        return openings;
    }

    /**
     * The workbook as its file held it when last read or written here: what a colleague's version and mine both
     * started from. Empty for restored work, which was never read from that file in this window.
     */
    public Optional<Workbook> savedWorkbook() {
        return Optional.ofNullable(saved.get());
    }

    public ReadOnlyObjectProperty<Workbook> workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** Live, also for a listener on the workbook that runs before {@link #dirtyProperty()} has caught up. */
    public boolean isDirty() {
        return workbook.get() != saved.get();
    }

    /** Live, also for a listener on the workbook that runs before {@link #canUndoProperty()} has caught up. */
    public boolean canUndoNow() {
        return history.canUndo();
    }

    public ObservableBooleanValue dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Label of the step undo would revert (empty when none), for a menu text such as "Undo typing". */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
