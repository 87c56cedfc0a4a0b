package nl.personacanvas.ui.main;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The saves of one window, one after the other on the FX thread's side: a save asked for while another is being
 * written (Ctrl+S pressed twice on a slow drive; Ctrl+S and then closing the window, which asks "Opslaan?" because
 * the window counts as unsaved until the first save has finished) starts only once that one has finished. It used to
 * start at once with the file's fingerprint from before the first save, so it found the window's own save on disk and
 * said that a colleague had changed the file, offering to load "their" version over what was typed meanwhile.
 */
final class SaveTurns {
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private boolean writing;

    /** Runs {@code save} now, or when the save being written has finished. */
    void take(Runnable save) {
        if (writing) {
            waiting.add(save);
            return;
        }
        writing = true;
        save.run();
    }

    /** The save being written has finished: the next one waiting, if any, starts from the workbook as it is now. */
    void finished() {
        writing = false;
        Runnable next = waiting.poll();
        if (next != null) {
            take(next);
        }
    }

    /**
     * The save being written failed and the user is told why (or asked what to do with a colleague's change): the saves
     * waiting would only fail the same way, and what they were to do afterwards (close, open another file) must not
     * happen unsaved.
     */
    void failed() {
        writing = false;
        waiting.clear();
    }
}
