package nl.personacanvas.ui.export;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import nl.personacanvas.ui.TaskExecutor;

/** Holds the app's background thread (a single one) until the latch opens: work submitted meanwhile waits its turn. */
final class HeldBackground {
    private HeldBackground() {
    }

    static CountDownLatch hold(TaskExecutor executor) {
        CountDownLatch held = new CountDownLatch(1);
        executor.execute(new Task<Void>() {
            @Override
            protected Void call() throws InterruptedException {
                held.await(30, TimeUnit.SECONDS);
                return null;
            }
        });
        return held;
    }
}
