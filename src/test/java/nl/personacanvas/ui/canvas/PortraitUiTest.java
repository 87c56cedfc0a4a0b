package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A portrait is picked, scaled in the background, stored in the persona and shown instead of initials. */
@ExtendWith(ApplicationExtension.class)
class PortraitUiTest {
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

    private Persona laura() {
        return ui.window.viewModel().document().workbook().persona("p-laura").orElseThrow();
    }

    @Test
    void choosesShowsAndRemovesAPortrait(FxRobot robot) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        ui.dialogs.imagesToOpen.add(PortraitScalerTest.photo(folder, 640, 480));

        robot.clickOn("#canvas-portrait");

        waitUntil(() -> laura().portrait() != null);
        assertThat(laura().portrait().size()).isGreaterThan(0);
        assertThat(robot.lookup("#canvas-portrait .image-view").queryAs(ImageView.class).getImage()).isNotNull();

        robot.clickOn("#canvas-portrait-remove");
        assertThat(laura().portrait()).isNull();
    }

    @Test
    void aFileThatIsNoImageIsReported(FxRobot robot) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        ui.dialogs.imagesToOpen.add(Files.writeString(folder.resolve("kapot.png"), "geen plaatje"));

        robot.clickOn("#canvas-portrait");

        waitUntil(() -> !ui.dialogs.errors.isEmpty());
        assertThat(ui.dialogs.errors.get(0)).contains("kapot.png kan niet worden gelezen");
        robot.clickOn("OK");
        assertThat(laura().portrait()).isNull();
    }
}
