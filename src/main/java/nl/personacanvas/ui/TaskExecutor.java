package nl.personacanvas.ui;

import javafx.concurrent.Task;

/** Runs background work (file I/O) off the FX thread. Tests may run tasks synchronously instead. */
public interface TaskExecutor {

    <T> void execute(Task<T> task);

    /** Lets running work (a save) finish, then stops; called when the app exits. */
    void shutdown();
}
