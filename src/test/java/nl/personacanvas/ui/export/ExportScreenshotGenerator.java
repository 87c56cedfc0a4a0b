package nl.personacanvas.ui.export;

import nl.personacanvas.ui.Menus;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.ScreenshotGeneratorBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the export dialog and the print preview with the default sample to {@code docs/images/}.
 * Not part of the normal test run; run it with {@code mvn -o test -Dtest=ExportScreenshotGenerator -Ddocs.images=true}
 * (without the property they go to {@code target/screenshots/}).
 */
class ExportScreenshotGenerator extends ScreenshotGeneratorBase {
    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
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
    void rendersTheExportDialogAndThePreview() throws IOException {
        chooseLaura(robot);
        Menus.choose(robot, "menu-file");
        shoot(robot.lookup("#menu-file-export").tryQuery().map(n -> n.getScene())
                .orElse(ui.window.view().getScene()), "export-menu");
        Menus.choose(robot, "menu-file-export");
        FxThread.waitFor(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        shoot(sceneOf(robot, "#export-dialog"), "export-dialog");

        robot.clickOn("#export-size").clickOn("A2 (420 × 594 mm)");
        robot.clickOn("#export-tiled");
        robot.clickOn("#export-scope-selected");
        shoot(sceneOf(robot, "#export-dialog"), "export-dialog-problem");

        robot.clickOn("#export-scope-all");
        ui.dialogs.pdfsToSave.add(folder.resolve("posters.pdf"));
        robot.clickOn("#export-start");
        FxThread.waitFor(() -> robot.lookup("#export-open-folder").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = sceneOf(robot, "#export-dialog").getWindow();
        robot.interact(dialog::sizeToScene);
        shoot(sceneOf(robot, "#export-dialog"), "export-dialog-done");
        robot.clickOn("#export-close");

        Menus.choose(robot, "menu-file", "menu-file-preview");
        FxThread.waitFor(() -> robot.lookup("#preview-page").tryQuery().isPresent()
                && robot.lookup("#preview-page").queryAs(ImageView.class).getImage() != null
                && !robot.lookup("#preview-busy").query().isVisible());
        Window preview = sceneOf(robot, "#preview-view").getWindow();
        robot.interact(() -> {
            preview.setX(0);
            preview.setY(0);
        });
        shoot(sceneOf(robot, "#preview-view"), "print-preview");
        robot.clickOn("#preview-scope-current");
        robot.clickOn("#preview-tiled");
        robot.clickOn("#preview-size").clickOn("A3 (297 × 420 mm)");
        robot.clickOn("#preview-landscape");
        // The radio button just clicked kept a focus ring in the picture (session 27, ux27c).
        Scene previewScene = sceneOf(robot, "#preview-view");
        robot.interact(() -> previewScene.getRoot().requestFocus());
        FxThread.waitFor(() -> {
            ImageView page = robot.lookup("#preview-page").queryAs(ImageView.class);
            return page.getImage() != null && page.getImage().getWidth() > page.getImage().getHeight()
                    && !robot.lookup("#preview-busy").query().isVisible();
        });
        shoot(sceneOf(robot, "#preview-view"), "print-preview-landscape");
    }
}
