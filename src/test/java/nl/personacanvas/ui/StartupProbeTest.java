package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class StartupProbeTest extends ApplicationTest {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final AtomicInteger exits = new AtomicInteger();
    private Scene scene;

    @Override
    public void start(Stage stage) {
        scene = new Scene(new Label("content"), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    private StartupProbe probe(StartupProbe.Mode mode) {
        return new StartupProbe(mode, new PrintStream(output, true, StandardCharsets.UTF_8), exits::incrementAndGet,
                Clock.fixed(Instant.ofEpochMilli(1_234_567), ZoneOffset.UTC));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reportsOnceAfterTheContentIsShownAndThenExitsWhenAskedTo() {
        SimpleBooleanProperty content = new SimpleBooleanProperty(false);
        interact(() -> probe(StartupProbe.Mode.EXIT).watch(scene, content, Boolean::booleanValue));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printed()).isEmpty();

        interact(() -> content.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            content.set(false);
            content.set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(printed()).isEqualTo(StartupProbe.MARKER + " at 1234567" + System.lineSeparator());
        assertThat(exits).hasValue(1);
    }

    @Test
    void reportModePrintsWithoutExiting() {
        interact(() -> probe(StartupProbe.Mode.REPORT).watch(scene, new SimpleBooleanProperty(true), Boolean::booleanValue));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(printed()).contains(StartupProbe.MARKER);
        assertThat(exits).hasValue(0);
    }

    @Test
    void isSilentUnlessTheSystemPropertyAsksForIt() {
        interact(() -> probe(StartupProbe.Mode.OFF).watch(scene, new SimpleBooleanProperty(true), Boolean::booleanValue));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(System.getProperty(StartupProbe.PROPERTY)).isNull();
        assertThat(printed()).isEmpty();
        assertThat(exits).hasValue(0);
    }
}
