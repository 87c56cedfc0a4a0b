package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.image.ImageView;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/** A portrait is picked, scaled in the background, stored in the persona and shown instead of initials. */
class PortraitUiTest extends MainWindowUiTest {
    private Persona laura() {
        return ui.window.viewModel().document().workbook().persona("p-laura").orElseThrow();
    }

    @Test
    void choosesShowsAndRemovesAPortrait() throws Exception {
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
    void aFileThatIsNoImageIsReported() throws Exception {
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
