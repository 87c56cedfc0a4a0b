package nl.personacanvas.ui.document;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo as two stacks of whole snapshots. Snapshots are immutable, so keeping hundreds of them
 * costs only the parts that changed; a command stack with inverse operations would be more code for no
 * gain. No JavaFX here, so the rules (coalescing, limit) are tested without a toolkit.
 *
 * @param <S> the snapshot type
 */
final class UndoHistory<S> {

    /** One undoable step: what to go back to, and the coalescing key of the edit that made it. */
    record Step<S>(String label, String coalesceKey, S snapshot) {
    }

    private final int limit;
    private final Deque<Step<S>> undo = new ArrayDeque<>();
    private final Deque<Step<S>> redo = new ArrayDeque<>();
    private boolean coalescingOpen;

    UndoHistory(int limit) {
        this.limit = limit;
    }

    /**
     * Records that {@code before} was replaced. An edit with the same non-null key as the step on top
     * (and no undo, redo or {@link #seal()} in between) joins that step, so typing a sentence into one
     * entry is one undo.
     */
    void record(String label, String coalesceKey, S before) {
        redo.clear();
        Step<S> top = undo.peek();
        if (coalescingOpen && coalesceKey != null && top != null && Objects.equals(top.coalesceKey(), coalesceKey)) {
            return;
        }
        undo.push(new Step<>(label, coalesceKey, before));
        if (undo.size() > limit) {
            undo.removeLast();
        }
        coalescingOpen = true;
    }

    /** Ends the current run of coalesced edits; the next edit starts a new step even with the same key. */
    void seal() {
        coalescingOpen = false;
    }

    /** Pops the newest step and remembers {@code current} for redo; empty when there is nothing to undo. */
    Optional<S> undo(S current) {
        return shift(undo, redo, current);
    }

    Optional<S> redo(S current) {
        return shift(redo, undo, current);
    }

    private Optional<S> shift(Deque<Step<S>> from, Deque<Step<S>> to, S current) {
        Step<S> step = from.poll();
        if (step == null) {
            return Optional.empty();
        }
        to.push(new Step<>(step.label(), step.coalesceKey(), current));
        coalescingOpen = false;
        return Optional.of(step.snapshot());
    }

    /**
     * Puts {@code now} wherever {@code old} (the very snapshot) stands in either stack: the document took up a
     * version of it, and going back or forward to it should give that version.
     */
    void replace(S old, S now) {
        replaceIn(undo, old, now);
        replaceIn(redo, old, now);
    }

    private static <S> void replaceIn(Deque<Step<S>> steps, S old, S now) {
        if (steps.stream().noneMatch(s -> s.snapshot() == old)) {
            return;
        }
        Deque<Step<S>> copy = new ArrayDeque<>(steps.size());
        for (Step<S> s : steps) {
            copy.addLast(s.snapshot() == old ? new Step<>(s.label(), s.coalesceKey(), now) : s);
        }
        steps.clear();
        steps.addAll(copy);
    }

    void clear() {
        undo.clear();
        redo.clear();
        coalescingOpen = false;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Step::label);
    }

    Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Step::label);
    }
}
