package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;

class BackgroundTaskExecutorTest {

    @Test
    void aTaskHandedOverAfterShutdownIsCancelledNotThrown() {
        BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
        executor.shutdown();
        AtomicBoolean ran = new AtomicBoolean();
        Task<Void> late = new Task<>() {
            @Override
            protected Void call() {
                ran.set(true);
                return null;
            }
        };

        assertThatCode(() -> executor.execute(late)).doesNotThrowAnyException();
        assertThat(late.isCancelled()).isTrue();
        assertThat(ran).isFalse();
    }
}
