package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.ExportWarning;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.BackgroundTaskExecutor;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ScriptedDialogs;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviewViewModelTest {
    private final SimpleObjectProperty<Workbook> workbook = new SimpleObjectProperty<>(TestWorkbooks.twoPersonas());
    private final SimpleStringProperty current = new SimpleStringProperty("p-laura");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final List<String> status = new CopyOnWriteArrayList<>();
    private final RecordingPrintService printer = new RecordingPrintService();
    private final ExportTexts texts = new ExportTexts(new Messages(Messages.DUTCH));
    private final ExportOptionsViewModel options = new ExportOptionsViewModel(workbook, current, texts,
            java.time.Clock.systemUTC());
    private final PrintCommands printing = new PrintCommands(new ExportServices(UiFixture.PDF, printer, p -> { }),
            dialogs, executor, texts, status::add);
    private final PreviewViewModel preview = new PreviewViewModel(options, UiFixture.PDF, printing, executor, texts);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxThread.start();
    }

    @BeforeEach
    void showAll() {
        FxThread.run(() -> {
            options.scopeProperty().set(ExportScope.ALL);
            preview.rebuild();
        });
        FxThread.waitFor(() -> preview.pageImageProperty().get() != null);
    }

    @AfterEach
    void stop() {
        FxThread.run(preview::close);
        executor.shutdown();
    }

    private static double aspect(BufferedImage image) {
        return (double) image.getWidth() / image.getHeight();
    }

    @Test
    void showsPageOneOfTheDocumentFittedToTheWindow() {
        assertThat(preview.pageCountProperty().get()).isEqualTo(2);
        assertThat(preview.pageIndexProperty().get()).isZero();
        assertThat(aspect(preview.pageImageProperty().get())).isCloseTo(210.0 / 297, within(0.01));
        // The default viewport is 800 x 600: an A4 page fits by its height.
        assertThat(preview.zoom().zoomProperty().get()).isCloseTo(600 / (PDRectangle.A4.getHeight() / 72 * 96), within(0.001));
    }

    @Test
    void orientationAndSizeRebuildThePreview() {
        FxThread.run(() -> {
            options.sizeProperty().set(PaperSize.A3);
            options.landscapeProperty().set(true);
        });
        FxThread.waitFor(() -> aspect(preview.pageImageProperty().get()) > 1.4);
        assertThat(preview.zoom().pageSizeProperty().get().getWidth()).isCloseTo(PDRectangle.A3.getHeight(), within(0.5f));
        assertThat(aspect(preview.pageImageProperty().get())).isCloseTo(420.0 / 297, within(0.01));
    }

    @Test
    void zoomRendersAtTheMatchingResolution() {
        FxThread.run(preview.zoom()::actualSize);
        FxThread.waitFor(() -> Math.abs(preview.pageImageProperty().get().getWidth() - 794) <= 1);
        FxThread.run(preview.zoom()::in);
        assertThat(preview.zoom().zoomProperty().get()).isEqualTo(1.25);
        FxThread.waitFor(() -> Math.abs(preview.pageImageProperty().get().getWidth() - 992) <= 1);
        FxThread.run(() -> {
            preview.zoom().out();
            preview.zoom().out();
        });
        assertThat(preview.zoom().zoomProperty().get()).isEqualTo(0.75);
        FxThread.run(preview.zoom()::fit);
        assertThat(preview.zoom().modeProperty().get()).isEqualTo(PreviewZoom.Mode.FIT);
    }

    @Test
    void pagesAreNavigatedAndCached() {
        BufferedImage first = preview.pageImageProperty().get();
        FxThread.run(preview::nextPage);
        FxThread.waitFor(() -> preview.pageImageProperty().get() != first);
        FxThread.run(preview::nextPage);
        assertThat(preview.pageIndexProperty().get()).isEqualTo(1);
        FxThread.run(preview::previousPage);
        // Page 1 at the same zoom comes from the cache, at once.
        assertThat(preview.pageImageProperty().get()).isSameAs(first);
    }

    @Test
    void printingHandsOverTheVeryDocumentThePreviewShows() {
        FxThread.run(preview::print);
        FxThread.waitFor(() -> printer.printed.size() == 1 && !status.isEmpty());
        RecordingPrintService.Printed printed = printer.printed.get(0);
        assertThat(printed.document()).isSameAs(preview.document().document());
        assertThat(printed.pages()).isEqualTo(2);
        assertThat(printed.pageSizes()).allSatisfy(size -> {
            assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
            assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
        });
        assertThat(printed.jobName()).isEqualTo("Posters Testcollege");
        assertThat(printed.pageSetup()).isEmpty();
        assertThat(status).containsExactly("Naar de printer gestuurd.");
    }

    @Test
    void thePageSetupChosenIsUsedWhenPrinting() {
        FxThread.run(preview::pageSetup);
        FxThread.waitFor(() -> printing.currentPageSetup().isPresent());
        FxThread.run(preview::print);
        FxThread.waitFor(() -> printer.printed.size() == 1);
        assertThat(printer.printed.get(0).pageSetup()).hasValueSatisfying(format ->
                assertThat(format.getPaper().getHeight()).isCloseTo(PDRectangle.A3.getHeight(), within(0.5)));
    }

    @Test
    void withoutAPrinterTheUserIsToldSo() {
        printer.available = false;
        FxThread.run(preview::print);
        FxThread.waitFor(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).containsExactly(texts.get("print.noPrinter"));
        assertThat(printer.printed).isEmpty();
    }

    /** An emoji or Arabic entry is set in another font: the page shows it, no notice bar says so. */
    @Test
    void anEntryInAnotherFontGetsNoNoticeAbovePage() {
        FxThread.run(() -> workbook.set(workbook.get().updatePersona("p-laura", p -> p.withCanvas(
                p.canvas().add(Quadrant.DESIGN, Entry.of("Stuurt een kaartje uit Duitsland \uD83C\uDF0D"))))));
        FxThread.waitFor(() -> !preview.busyProperty().get() && preview.pageImageProperty().get() != null);
        assertThat(preview.document().result().warnings()).extracting(ExportWarning::kind)
                .contains(ExportWarning.Kind.FALLBACK_FONT);
        assertThat(preview.messageProperty().get()).isEmpty();
    }

    @Test
    void choicesThatDescribeNothingShowWhyInsteadOfAPage() {
        FxThread.run(() -> options.scopeProperty().set(ExportScope.SELECTED));
        assertThat(preview.messageProperty().get()).isEqualTo("Vink minstens één persona aan.");
        assertThat(preview.pageCountProperty().get()).isZero();
        assertThat(preview.pageImageProperty().get()).isNull();
    }
}
