package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class FirstFrameTest extends ApplicationTest {
    private Scene scene;
    private final AtomicInteger runs = new AtomicInteger();

    @Override
    public void start(Stage stage) {
        scene = new Scene(new Label("content"), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsOnceAfterTheFirstFrameInWhichTheStateHolds() {
        SimpleStringProperty workbook = new SimpleStringProperty("empty");
        interact(() -> FirstFrame.whenShown(scene, workbook, w -> !w.equals("empty"), runs::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(0);

        interact(() -> workbook.set("sample"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);

        interact(() -> workbook.set("another"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);
    }

    @Test
    void runsAfterTheNextFrameWhenTheStateAlreadyHolds() {
        interact(() -> FirstFrame.whenShown(scene, new SimpleStringProperty("sample"), w -> !w.isEmpty(),
                runs::incrementAndGet));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runs).hasValue(1);
    }
}
