package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.BackgroundTaskExecutor;
import nl.personacanvas.ui.InMemorySettings;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ScriptedDialogs;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.export.ExportViewModel.Phase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path folder;
    private final SimpleObjectProperty<Workbook> workbook = new SimpleObjectProperty<>(TestWorkbooks.twoPersonas());
    private final SimpleStringProperty current = new SimpleStringProperty("p-laura");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final InMemorySettings settings = new InMemorySettings();
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final List<String> status = new CopyOnWriteArrayList<>();
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private final ExportTexts texts = new ExportTexts(new Messages(Messages.DUTCH));
    private final ExportOptionsViewModel options = new ExportOptionsViewModel(workbook, current, texts,
            java.time.Clock.systemUTC());
    private final ExportViewModel export = new ExportViewModel(options,
            new ExportServices(UiFixture.PDF, new RecordingPrintService(), opened::add), dialogs, executor, settings,
            texts, status::add);

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxThread.start();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace("-\n", "").replaceAll("\\s+", " ");
        }
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void exportsTheCurrentPersonaToTheChosenFileAndSaysWhere() throws IOException {
        Path target = folder.resolve("laura.pdf");
        dialogs.pdfsToSave.add(target);
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.phase() == Phase.DONE);

        assertThat(dialogs.suggestedNames).containsExactly("Laura A4.pdf");
        assertThat(text(target)).contains("Laura begeleidt studenten bij een internationale stage.",
                "Stageopdrachten", "Coacht op afstand", "Contact met stagebedrijven", "Verzekeringen", "Benaderbaar");
        assertThat(export.progressProperty().get()).isEqualTo(1.0);
        assertThat(export.outcomeProperty().get()).isEqualTo("1 poster, 1 pagina: opgeslagen als laura.pdf");
        assertThat(status).containsExactly("PDF geëxporteerd: opgeslagen als laura.pdf");
        assertThat(settings.lastDirectory()).contains(folder.toAbsolutePath());
        FxThread.run(export::openFolder);
        assertThat(opened).containsExactly(folder.toAbsolutePath());
    }

    @Test
    void onePdfPerPersonaGoesIntoTheFolderWithNothingElse() throws IOException {
        options.scopeProperty().set(ExportScope.ALL);
        options.onePerPersonaProperty().set(true);
        Path out = folder.resolve("posters");
        dialogs.foldersToChoose.add(out);
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.phase() == Phase.DONE);

        // Named with the paper, as the single file is (session 16): A4 hand-outs and A2 posters can share a folder.
        assertThat(files(out)).containsExactly("Ahmed A4.pdf", "Laura A4.pdf");
        assertThat(text(out.resolve("Ahmed A4.pdf"))).contains("Ahmed laat studenten leren van elkaars achtergrond.");
        assertThat(export.outcomeProperty().get()).startsWith("2 posters, 2 pagina’s: 2 bestanden in");
    }

    /**
     * Every poster's step reaches the dialog's progress. The task runs on the FX thread here: run in the background,
     * JavaFX's {@code Task} passes on only the latest progress while the FX thread is busy (a whole-suite run under
     * load saw 0.25, 0.5, 1.0), which says nothing about the steps the export reports.
     */
    @Test
    void progressRisesPosterByPosterToOne() {
        ExportViewModel inline = new ExportViewModel(options,
                new ExportServices(UiFixture.PDF, new RecordingPrintService(), opened::add), dialogs, new TaskExecutor() {
                    @Override
                    public <T> void execute(javafx.concurrent.Task<T> task) {
                        task.run();
                    }

                    @Override
                    public void shutdown() {
                        // Nothing runs after execute returns.
                    }
                }, settings, texts, status::add);
        workbook.set(TestWorkbooks.many(4, 1));
        options.scopeProperty().set(ExportScope.ALL);
        List<Double> seen = new CopyOnWriteArrayList<>();
        FxThread.run(() -> inline.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue())));
        dialogs.pdfsToSave.add(folder.resolve("all.pdf"));
        FxThread.run(inline::export);
        FxThread.waitFor(() -> inline.phase() == Phase.DONE);

        assertThat(seen.stream().filter(v -> v > 0).toList()).containsExactly(0.25, 0.5, 0.75, 1.0);
    }

    /** In the background, as the dialog runs it, the progress only rises and ends at one, whatever the load. */
    @Test
    void progressInTheBackgroundRisesToOne() {
        workbook.set(TestWorkbooks.many(4, 1));
        options.scopeProperty().set(ExportScope.ALL);
        List<Double> seen = new CopyOnWriteArrayList<>();
        FxThread.run(() -> export.progressProperty().addListener((obs, old, now) -> seen.add(now.doubleValue())));
        dialogs.pdfsToSave.add(folder.resolve("all.pdf"));
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.phase() == Phase.DONE);

        List<Double> rising = seen.stream().filter(v -> v > 0).toList();
        assertThat(rising).isSorted().isSubsetOf(0.25, 0.5, 0.75, 1.0).last().isEqualTo(1.0);
    }

    @Test
    void cancellingStopsTheExportAndLeavesNoFile() throws IOException {
        workbook.set(TestWorkbooks.many(60, 4));
        options.scopeProperty().set(ExportScope.ALL);
        Path target = folder.resolve("all.pdf");
        dialogs.pdfsToSave.add(target);
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.progressProperty().get() > 0);
        FxThread.run(export::cancel);
        FxThread.waitFor(() -> export.phase() == Phase.CANCELLED);

        assertThat(target).doesNotExist();
        assertThat(files(folder)).isEmpty();
        assertThat(export.outcomeProperty().get()).isEqualTo("Export geannuleerd; er is geen bestand achtergebleven.");
        assertThat(export.canExportProperty().get()).isTrue();
    }

    @Test
    void cancellingOnePdfPerPersonaLeavesNoneOfThem() throws IOException {
        workbook.set(TestWorkbooks.many(60, 4));
        options.scopeProperty().set(ExportScope.ALL);
        options.onePerPersonaProperty().set(true);
        dialogs.foldersToChoose.add(folder);
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.progressProperty().get() > 0.05);
        FxThread.run(export::cancel);
        FxThread.waitFor(() -> export.phase() == Phase.CANCELLED);

        assertThat(files(folder)).isEmpty();
    }

    @Test
    void warningsAreListedForTheUser() throws IOException {
        Canvas canvas = Canvas.empty();
        for (int i = 0; i < 60; i++) {
            canvas = canvas.add(Quadrant.values()[i % 4], new Entry("e" + i, "Een lange notitie nummer " + i
                    + " over het begeleiden van studenten tijdens een stage in het buitenland, met alle afspraken.",
                    List.of(), ""));
        }
        Persona laura = workbook.get().persona("p-laura").orElseThrow().withCanvas(canvas);
        workbook.set(workbook.get().updatePersona("p-laura", p -> laura));
        dialogs.pdfsToSave.add(folder.resolve("laura.pdf"));
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.phase() == Phase.DONE);

        assertThat(export.warnings()).hasSize(1);
        assertThat(export.warnings().get(0)).startsWith("Laura:").contains("vervolgpagina");
        assertThat(status.get(0)).endsWith("(1 melding)");
    }

    /** Session 21 (rob21b): the report's cover printed "\uFFFD" for the school's Hebrew (Thai since session 26, when Hebrew got its font); the dialog now lists it, once. */
    @Test
    void theReportsCoverWarnsForCharactersNoFontHas() throws IOException {
        String school = "Sint-Ignatius \u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35 college";
        workbook.set(workbook.get().withSchool(school));
        options.scopeProperty().set(ExportScope.REPORT);
        dialogs.pdfsToSave.add(folder.resolve("rapport.pdf"));
        FxThread.run(export::export);
        FxThread.waitFor(() -> export.phase() == Phase.DONE);

        assertThat(export.warnings()).containsExactly("Voorblad: \"" + school
                + "\" bevat tekens die geen lettertype heeft; er staat een vervangingsteken (\uFFFD).");
        assertThat(status.get(0)).endsWith("(1 melding)");
    }

    @Test
    void closingTheFileChooserStartsNothing() throws IOException {
        FxThread.run(export::export);
        assertThat(export.phase()).isEqualTo(Phase.READY);
        assertThat(files(folder)).isEmpty();
    }
}
