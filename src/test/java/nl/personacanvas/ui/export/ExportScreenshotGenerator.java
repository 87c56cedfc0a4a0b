package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the export dialog and the print preview with the default sample to {@code docs/images/}.
 * Not part of the normal test run; run it with {@code mvn -o test -Dtest=ExportScreenshotGenerator}.
 */
@ExtendWith(ApplicationExtension.class)
class ExportScreenshotGenerator {
    private static final Path OUT = Path.of("docs", "images");

    @TempDir
    Path folder;
    private UiFixture ui;

    @Start
    void start(Stage stage) {
        ui = new UiFixture(folder);
        ui.start(stage, List.of());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        ui.executor.shutdown();
    }

    private void shoot(FxRobot robot, Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }

    private static Scene sceneOf(FxRobot robot, String id) {
        return robot.lookup(id).query().getScene();
    }

    private void chooseLaura(FxRobot robot) {
        FxThread.waitFor(() -> !ui.window.viewModel().document().workbook().personas().isEmpty());
        String laura = ui.window.viewModel().document().workbook().personas().stream()
                .filter(p -> p.name().equals("Laura")).map(Persona::id).findFirst()
                .orElse(ui.window.viewModel().document().workbook().personas().get(0).id());
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set(laura));
    }

    @Test
    void rendersTheExportDialogAndThePreview(FxRobot robot) throws IOException {
        chooseLaura(robot);
        robot.clickOn("Bestand");
        shoot(robot, robot.lookup("#menu-file-export").tryQuery().map(n -> n.getScene())
                .orElse(ui.window.view().getScene()), "export-menu");
        robot.clickOn("Exporteren als PDF…");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        shoot(robot, sceneOf(robot, "#export-dialog"), "export-dialog");

        robot.clickOn("#export-size").clickOn("A2 (420 × 594 mm)");
        robot.clickOn("#export-tiled");
        robot.clickOn("#export-scope-selected");
        shoot(robot, sceneOf(robot, "#export-dialog"), "export-dialog-problem");

        robot.clickOn("#export-scope-all");
        ui.dialogs.pdfsToSave.add(folder.resolve("posters.pdf"));
        robot.clickOn("#export-start");
        FxThread.waitFor(() -> robot.lookup("#export-open-folder").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = sceneOf(robot, "#export-dialog").getWindow();
        robot.interact(dialog::sizeToScene);
        shoot(robot, sceneOf(robot, "#export-dialog"), "export-dialog-done");
        robot.clickOn("#export-close");

        robot.clickOn("Bestand").clickOn("Voorbeeld afdrukken…");
        FxThread.waitFor(() -> robot.lookup("#preview-page").tryQuery().isPresent()
                && robot.lookup("#preview-page").queryAs(ImageView.class).getImage() != null
                && !robot.lookup("#preview-busy").query().isVisible());
        Window preview = sceneOf(robot, "#preview-view").getWindow();
        robot.interact(() -> {
            preview.setX(0);
            preview.setY(0);
        });
        shoot(robot, sceneOf(robot, "#preview-view"), "print-preview");
        robot.clickOn("#preview-scope-current");
        robot.clickOn("#preview-tiled");
        robot.clickOn("#preview-size").clickOn("A3 (297 × 420 mm)");
        robot.clickOn("#preview-landscape");
        FxThread.waitFor(() -> {
            ImageView page = robot.lookup("#preview-page").queryAs(ImageView.class);
            return page.getImage() != null && page.getImage().getWidth() > page.getImage().getHeight()
                    && !robot.lookup("#preview-busy").query().isVisible();
        });
        shoot(robot, sceneOf(robot, "#preview-view"), "print-preview-landscape");
    }
}
