package nl.personacanvas.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;
import nl.personacanvas.ui.export.ExportServices;
import nl.personacanvas.ui.main.MainWindow;

/** The desktop app's composition root: the one place where the real services are created and wired. */
public final class PersonaCanvasApp extends Application {
    private static final Duration AUTOSAVE_INTERVAL = Duration.seconds(5);

    private TaskExecutor executor;
    private CompetencyMatrix matrix;
    private CanvasChecker checker;

    /** Runs before the window exists and off the FX thread: the place for reading bundled data. */
    @Override
    public void init() {
        matrix = CompetencyMatrix.loadBundled();
        checker = new CanvasChecker(matrix);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Settings settings = new PreferencesSettings(Preferences.userRoot().node("nl/personacanvas"));
        Messages messages = new Messages(settings.language());
        WorkbookCodec codec = new WorkbookCodec();
        WorkbookStore store = new WorkbookStore(codec);
        executor = new BackgroundTaskExecutor();
        Path recoveryDir = Path.of(System.getProperty("user.home"), ".persona-canvas", "recovery");
        AppServices services = new AppServices(messages, settings, store, new SampleWorkbooks(codec), matrix, executor,
                new JavaFxDialogService(messages, () -> stage), new RecoveryFiles(recoveryDir, store),
                Clock.systemDefaultZone(), ExportServices.desktop(getHostServices(), checker), checker);
        AppIcons.apply(stage);
        MainWindow window = new MainWindow(stage, services, AUTOSAVE_INTERVAL);
        window.show(getParameters().getRaw());
        // Content is there once a workbook (the file given, the sample or restored work) replaced the empty start.
        WorkbookDocument document = window.viewModel().document();
        Workbook empty = document.workbook();
        StartupProbe.fromSystemProperties().watch(stage.getScene(), document.workbookProperty(), wb -> wb != empty);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
