package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import javax.imageio.ImageIO;
import nl.personacanvas.merge.CheckerElementMatcher;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.ComparisonPdf;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.PagePreview;
import nl.personacanvas.pdf.RenderedPdf;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window with the default sample to {@code docs/images/*.png} for the README.
 * Not part of the normal test run (the name does not end in Test); run it with
 * {@code mvn -o test -Dtest=ScreenshotGenerator -Ddocs.images=true} (without the property they go to
 * {@code target/screenshots/}).
 */
class ScreenshotGenerator extends ScreenshotGeneratorBase {
    @Test
    void rendersTheEditorAndTheWorkbookPage() throws IOException {
        waitUntil(() -> !ui.window.viewModel().document().workbook().personas().isEmpty());
        shoot(stage.getScene(), "workbook");

        String laura = ui.window.viewModel().document().workbook().personas().stream()
                .filter(p -> p.name().equals("Laura")).map(Persona::id).findFirst()
                .orElse(ui.window.viewModel().document().workbook().personas().get(0).id());
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set(laura));
        shoot(stage.getScene(), "editor");

        robot.clickOn(robot.lookup(".entry-links").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Window popOver = robot.listWindows().stream().filter(w -> w instanceof PopOver).findFirst().orElseThrow();
        shoot(popOver.getScene(), "links");
        robot.interact(() -> ((PopOver) popOver).hide());
        // The note whose links were opened kept the focus and showed a text caret in the pictures after (session 27).
        // The mouse, left on that note, showed the hover's buttons on whatever note scrolled under it: it rests on
        // the search field instead (a pointer is not in the picture).
        robot.interact(() -> ui.window.view().requestFocus());
        robot.moveTo("#persona-filter");
        // The check panel beside the canvas (folded away at first on a window this small).
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> ui.window.checks().check().reportProperty().get() != null
                && ui.window.checks().check().reportProperty().get().personaId().equals(laura));
        // The README speaks of the check's badges on the notes: the canvas scrolled to the first one (Laura's are
        // below the first notes, out of sight at this size).
        waitUntil(() -> ui.window.view().lookup(".badge") != null);
        javafx.scene.control.ScrollPane[] canvas = new javafx.scene.control.ScrollPane[1];
        robot.interact(() -> canvas[0] = scrollIntoView(ui.window.view().lookup(".badge")));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(stage.getScene(), "editor-check");
        robot.interact(() -> canvas[0].setVvalue(0));
        robot.interact(() -> ((javafx.scene.control.TabPane) ui.window.view().lookup("#side-tabs"))
                .getSelectionModel().select(1));
        shoot(stage.getScene(), "editor-matrix");
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(false));

        robot.interact(() -> ui.window.viewModel().personas().filterProperty().set("stage"));
        shoot(stage.getScene(), "filter");
        robot.interact(() -> ui.window.viewModel().personas().filterProperty().set(""));

        // A new persona: its blank role sentence is marked as required; saving is announced. Saved for real, as
        // alfa-college.pcanvas: an announcement made up over the sample (which has no file) showed "Opgeslagen:
        // alfa-college.pcanvas" beside "Nog niet opgeslagen als bestand" (session 27).
        // In a folder a team would use: saved straight into the test's temporary folder, the status bar's file part
        // read "…junit-1669432788190431884/alfa-college.pcanvas" (session 27, ux27c).
        robot.clickOn("#persona-new");
        Path teamFolder = Files.createDirectories(folder.resolve("Documenten").resolve("Werkgroep internationalisering")
                .resolve("Persona's"));
        ui.dialogs.filesToSave.add(teamFolder.resolve("alfa-college.pcanvas"));
        robot.interact(() -> ui.window.viewModel().files().save(() -> { }));
        waitUntil(() -> !ui.window.viewModel().document().isDirty()
                && ui.window.view().lookup("#notification") != null);
        assertThat(((javafx.scene.control.Label) ui.window.view().lookup("#status-file")).getText())
                .endsWith("alfa-college.pcanvas");
        shoot(stage.getScene(), "editor-new");
        shoot(ui.window.view().lookup("#notification"), "notification");
        robot.interact(() -> ui.window.viewModel().document().undo());

        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        shoot(stage.getScene(), "editor-en");
    }

    /** Scrolls the nearest scroll pane around the node so that the node lies in the middle of its view. */
    private static javafx.scene.control.ScrollPane scrollIntoView(javafx.scene.Node node) {
        javafx.scene.Node parent = node.getParent();
        while (!(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) parent;
        double y = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
        double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (room > 0) {
            scroll.setVvalue(Math.min(1, Math.max(0, (y - scroll.getViewportBounds().getHeight() / 2) / room)));
        }
        return scroll;
    }

    @Test
    void rendersTheComparison() throws IOException {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<String> ids = ui.window.viewModel().document().workbook().personas().stream()
                .filter(p -> List.of("Laura", "Joost", "Fatima").contains(p.name())).map(Persona::id).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Stage compare = ui.window.comparison().shown();
        // The comparison is computed in the background and then fills the grid.
        waitUntil(() -> compare.getScene().getRoot().lookup("#compare-cell-0-design") != null);
        robot.interact(() -> fillScreen(compare));
        shoot(compare.getScene(), "compare");

        // The same comparison as the PDF export and `compare --pdf` write it, page 1 at 60 dpi.
        Workbook wb = ui.window.viewModel().document().workbook();
        List<ComparedPersona> compared = ids.stream().map(id -> wb.persona(id).orElseThrow())
                .map(p -> new ComparedPersona("alfa-college.pcanvas", p, wb.activityOf(p).orElse(null))).toList();
        PersonaComparison comparison = PersonaComparison.of(compared, UiFixture.MATRIX,
                new CheckerElementMatcher(UiFixture.CHECKER));
        try (RenderedPdf pdf = new ComparisonPdf(UiFixture.PDF.fonts()).render(comparison, Locale.forLanguageTag("nl"),
                ExportMonitor.none())) {
            Path page = OUT.resolve("compare-pdf.png");
            ImageIO.write(PagePreview.render(pdf.document(), 0, 60), "png", page.toFile());
            assertThat(page).isNotEmptyFile();
        }
    }

    @Test
    void rendersTheComparisonWithAPersonaFromAnotherFile() throws IOException {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<String> ids = ui.window.viewModel().document().workbook().personas().stream()
                .filter(p -> List.of("Laura", "Joost").contains(p.name())).map(Persona::id).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Stage compare = ui.window.comparison().shown();
        robot.interact(() -> fillScreen(compare));
        ui.dialogs.filesToOpen.add(ui.copyFixture("twente.pcanvas"));
        robot.clickOn("#compare-add-file");
        waitUntil(() -> robot.lookup("#compare-other-dialog").tryQuery().isPresent());
        javafx.scene.control.DialogPane dialog = robot.lookup("#compare-other-dialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        waitUntil(() -> compare.getScene().getRoot().lookup("#compare-source-2") != null);
        shoot(compare.getScene(), "compare-other-file");
    }

    @Test
    void rendersTheHeatmapAndTheTeamChart() throws IOException {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        waitUntil(() -> !ui.window.comparison().shown().getScene().getRoot().lookup("#coverage-computing").isVisible());
        Stage coverage = ui.window.comparison().shown();
        robot.interact(() -> {
            coverage.setX(0);
            coverage.setY(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        nl.personacanvas.ui.compare.CoverageView view = (nl.personacanvas.ui.compare.CoverageView)
                ((javafx.scene.control.ScrollPane) coverage.getScene().getRoot()).getContent();
        Files.createDirectories(OUT);
        for (String name : List.of("heatmap", "team")) {
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = nl.personacanvas.ui.compare.NodeImages.snapshot(
                    name.equals("heatmap") ? view.heatmapNode() : view.chartNode(), 2));
            Path file = OUT.resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(shot[0], null), "png", file.toFile());
            assertThat(file).isNotEmptyFile();
        }
    }
}
