package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The right-hand slot: a contributed panel shows, folds away through Beeld > Zijpaneel and comes back. */
@ExtendWith(ApplicationExtension.class)
class SidePanelUiTest {
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
    void theCheckPanelFoldsAwayAndBack(FxRobot robot) {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // The test window is narrower than the width the panel starts unfolded at.
        assertThat(robot.lookup("#side-slot").tryQuery()).isEmpty();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isFalse();

        robot.clickOn("Beeld").clickOn("Zijpaneel");
        assertThat(robot.lookup("#side-slot #side-tabs").tryQuery()).isPresent();
        assertThat(ui.window.viewModel().sidePanelShownProperty().get()).isTrue();

        robot.clickOn("Beeld").clickOn("Zijpaneel");
        assertThat(robot.lookup("#side-slot").tryQuery()).isEmpty();

        robot.clickOn("Beeld").clickOn("Zijpaneel");
        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        assertThat(robot.lookup("#side-slot #side-tabs").tryQuery()).isPresent();
        assertThat(robot.lookup("Check").tryQuery()).isPresent();
    }
}
