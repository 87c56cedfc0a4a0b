package nl.personacanvas.ui.about;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help > Over Persona Canvas opens the About dialog over the main window, with the app icon. */
@ExtendWith(ApplicationExtension.class)
class AboutMenuUiTest {
    @TempDir
    Path folder;
    private UiFixture ui;

    @Start
    void start(Stage stage) throws Exception {
        ui = new UiFixture(folder);
        ui.start(stage, List.of(ui.copyFixture("twente.pcanvas").toString()));
    }

    @AfterEach
    void stop() {
        ui.executor.shutdown();
    }

    @Test
    void opensTheAboutDialogFromTheHelpMenu(FxRobot robot) {
        robot.clickOn("Help").clickOn("Over Persona Canvas…");

        waitUntil(() -> robot.lookup("#about-matrix-version").tryQuery().isPresent()
                && robot.lookup("#about-matrix-version").queryAs(Label.class).getText().contains("versie "));
        assertThat(robot.lookup("#about-matrix-version").queryAs(Label.class).getText())
                .isEqualTo("Competentiematrix: versie " + UiFixture.MATRIX.version());
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Over Persona Canvas".equals(s.getTitle()) && !s.getIcons().isEmpty()));

        robot.clickOn("#about-close");
        assertThat(Window.getWindows()).noneMatch(w -> w instanceof Stage s && "Over Persona Canvas".equals(s.getTitle()));
    }
}
