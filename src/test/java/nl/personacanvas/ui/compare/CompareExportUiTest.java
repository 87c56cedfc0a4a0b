package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import nl.personacanvas.ui.UiFixture;

/** The comparison and coverage views saved as PDF and PNG, files chosen through scripted dialogs. */
class CompareExportUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    /** Writing a 2× PNG of a large view takes a while on a busy machine: more patience than waitUntil's 10 s. */
    private static void waitForExport(BooleanSupplier done) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(done::getAsBoolean).get());
        UiFixture.waitForLayout();
    }

    private static String status(Node root) {
        return ((Label) root.lookup("#export-status")).getText();
    }

    @Test
    void savesTheComparisonOfThreeSamplePersonasAsPdfAndPng() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<Persona> three = List.of(persona("Laura"), persona("Joost"), persona("Fatima"));
        robot.interact(() -> ui.window.comparison().open(three.stream().map(Persona::id).toList()));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        CompareView view = (CompareView) ui.window.comparison().shown().getScene().getRoot();
        // The comparison is computed in the background: Pdf… waits for it (run on its own, the click came first).
        waitUntil(() -> view.lookup("#compare-cell-0-design") != null);

        Path pdf = folder.resolve("drie.pdf");
        ui.dialogs.pdfsToSave.add(pdf);
        robot.clickOn("#compare-export-pdf");
        waitForExport(() -> status(view).startsWith("Opgeslagen: "));

        // The names of the compared personas, so that several comparisons saved in one folder can be told apart.
        assertThat(ui.dialogs.suggestedNames).contains("vergelijking-Laura-Joost-Fatima.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isEqualTo(PDRectangle.A3.getHeight());
            assertThat(page.getHeight()).isEqualTo(PDRectangle.A3.getWidth());
            String text = new PDFTextStripper().getText(doc).replace("-\n", "").replaceAll("\\s+", " ");
            assertThat(text).contains("Laura", "Joost", "Fatima", "Ontwerpen & Ontwikkelen", "Uitvoeren & Begeleiden",
                    "Organiseren & Communiceren", "Houding", "Ontbreekt hier, wel bij een ander:");
            for (Persona p : three) {
                for (Quadrant q : Quadrant.values()) {
                    p.canvas().entries(q).forEach(e -> assertThat(text).contains(e.text().replaceAll("\\s+", " ")));
                }
            }
        }

        Path png = folder.resolve("drie.png");
        ui.dialogs.pngsToSave.add(png);
        // Alt+N, the PNG button's letter (P_NG…), in the comparison's own window.
        robot.press(KeyCode.ALT).type(KeyCode.N).release(KeyCode.ALT);
        waitForExport(() -> status(view).equals("Opgeslagen: " + png));

        assertThat(ui.dialogs.suggestedNames).contains("vergelijking-Laura-Joost-Fatima.png");
        BufferedImage image = ImageIO.read(png.toFile());
        double gridWidth = view.content().getWidth();
        assertThat(image.getWidth()).isBetween((int) (gridWidth * 2) - 2, (int) (gridWidth * 2) + 2);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth() / 4);
        // The column heads (outside the scrolling rows since fix14) are in the picture, above the rows.
        double heights = view.heads().getHeight() + view.content().getHeight();
        assertThat(image.getHeight()).isBetween((int) (heights * 2) - 4, (int) (heights * 2) + 4);
    }

    /**
     * Pdf… and PNG… wait while a comparison is computed (the grid still shows the previous one, or none) and stay
     * off when there is nothing to compare: a PNG of "Niets te vergelijken" or a Pdf… that does nothing.
     */
    @Test
    void theExportButtonsWaitForAComparisonToExport() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        String joost = persona("Joost").id();
        robot.interact(() -> ui.window.comparison().open(List.of(persona("Laura").id(), joost)));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-0-design") != null);
        Node pdf = root.lookup("#compare-export-pdf");
        Node png = root.lookup("#compare-export-png");
        waitUntil(() -> !pdf.isDisabled());
        assertThat(png.isDisabled()).isFalse();

        robot.interact(() -> {
            ui.window.viewModel().document().apply("undo.compare.editEntry", null,
                    wb -> wb.updatePersona(joost, p -> p.withName("Joost B.")));
            assertThat(pdf.isDisabled()).as("Pdf… while the edit is compared anew").isTrue();
            assertThat(png.isDisabled()).as("PNG… while the edit is compared anew").isTrue();
        });
        waitUntil(() -> "Joost B.".equals(((Label) root.lookup("#compare-persona-1")).getText()));
        waitUntil(() -> !pdf.isDisabled());

        robot.interact(() -> ui.window.viewModel().document().apply("undo.compare.editEntry", null,
                wb -> wb.removePersona(joost)));
        waitUntil(() -> root.lookup("#compare-empty") != null);
        UiFixture.waitForLayout();
        assertThat(pdf.isDisabled()).as("Pdf… with nothing to compare").isTrue();
        assertThat(png.isDisabled()).as("PNG… with nothing to compare").isTrue();
    }

    @Test
    void savesTheHeatmapAsPdfAndTheTeamChartAsPng() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        waitUntil(() -> !ui.window.comparison().shown().getScene().getRoot().lookup("#coverage-computing").isVisible());
        Node root = ui.window.comparison().shown().getScene().getRoot();

        Path pdf = folder.resolve("heatmap.pdf");
        ui.dialogs.pdfsToSave.add(pdf);
        robot.clickOn("#coverage-heatmap-pdf");
        waitForExport(() -> status(root).startsWith("Opgeslagen: "));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Dekking van de matrix", "Laura", "Ontwerpen", "Houding", "Gedekt door");
        }
        // Session 25: offered in the posters' style ("Posters Alfa-college A3.pdf"), not as "dekking-A4.pdf".
        assertThat(ui.dialogs.suggestedNames).contains("Dekking A4 Alfa-college A3 liggend.pdf");

        Path png = folder.resolve("team.png");
        ui.dialogs.pngsToSave.add(png);
        // Alt+G, the team chart's PNG button's letter (Teamgrafiek: PN_G…).
        robot.press(KeyCode.ALT).type(KeyCode.G).release(KeyCode.ALT);
        waitForExport(() -> status(root).equals("Opgeslagen: " + png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(Files.size(png)).isGreaterThan(5_000);
        // Session 26: named as the heatmap is, whose and on which paper, through the same ExportNames.
        assertThat(ui.dialogs.suggestedNames).contains("Teamdekking Alfa-college.png");
    }

    /**
     * Session 26: the team chart's PDF was offered as "teamdekking.pdf", the one export not saying whose or on which
     * paper, while the heatmap beside it was "Dekking A4 Alfa-college A3 liggend.pdf".
     */
    @Test
    void offersTheTeamChartsPdfUnderTheSchoolsNameAndItsPaper() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        waitUntil(() -> !ui.window.comparison().shown().getScene().getRoot().lookup("#coverage-computing").isVisible());
        Node root = ui.window.comparison().shown().getScene().getRoot();

        Path pdf = folder.resolve("team.pdf");
        ui.dialogs.pdfsToSave.add(pdf);
        robot.clickOn("#coverage-team-pdf");
        waitForExport(() -> status(root).startsWith("Opgeslagen: "));
        assertThat(ui.dialogs.suggestedNames).contains("Teamdekking Alfa-college A3 liggend.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Hoe compleet is het team, per rol");
        }
    }
}
