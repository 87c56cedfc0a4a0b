package nl.personacanvas.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;
import nl.personacanvas.ui.export.ExportServices;
import nl.personacanvas.ui.main.InitialContent;
import nl.personacanvas.ui.main.MainWindow;

/**
 * The desktop app's composition root: the one place where the real services are created and wired. Start-up
 * reads the settings and the matrix and creates the codec in the background while the toolkit starts and the
 * FX thread loads the theme, then builds the window; the checker's lexicons load after the first frame with
 * content (see docs/startup.md).
 */
public final class PersonaCanvasApp extends Application {
    private static final Duration AUTOSAVE_INTERVAL = Duration.seconds(5);
    private static final AtomicReference<CompletableFuture<Essentials>> READ_AHEAD = new AtomicReference<>();

    private TaskExecutor executor;

    /**
     * What the window is built with, read or created off the FX thread: the codec too, as creating its Jackson
     * mapper costs more than building half the window, and the content it opens with when that could be read.
     */
    private record Essentials(Settings settings, CompetencyMatrix matrix, WorkbookStore store, SampleWorkbooks samples,
                              RecoveryFiles recovery, Optional<InitialContent> initial) {
    }

    /**
     * Starts reading the essentials on a thread of their own, to overlap with the JavaFX toolkit's start;
     * {@link DesktopLauncher} calls it just before {@code Application.launch}. JavaFX creates the application
     * object itself, so a static field is the only way to hand it work begun before: written once here, taken
     * once by {@link #start}.
     */
    static void readAhead(List<String> arguments) {
        READ_AHEAD.compareAndSet(null, readEssentials(arguments));
    }

    private static CompletableFuture<Essentials> readEssentials(List<String> arguments) {
        return CompletableFuture.supplyAsync(() -> {
            PreferencesSettings settings = new PreferencesSettings(Preferences.userRoot().node("nl/personacanvas"));
            // The first read loads the preferences file; later reads on the FX thread come from memory.
            settings.language();
            CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
            WorkbookCodec codec = new WorkbookCodec();
            WorkbookStore store = new WorkbookStore(codec);
            SampleWorkbooks samples = new SampleWorkbooks(codec);
            RecoveryFiles recovery = new RecoveryFiles(
                    Path.of(System.getProperty("user.home"), ".persona-canvas", "recovery"), store);
            return new Essentials(settings, matrix, store, samples, recovery,
                    lookUp(recovery, samples, store, arguments));
        }, work -> {
            Thread thread = new Thread(work, "persona-canvas-startup");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** Empty when the look-up failed: the window then looks again the usual way, which reports what is wrong. */
    private static Optional<InitialContent> lookUp(RecoveryFiles recovery, SampleWorkbooks samples,
                                                   WorkbookStore store, List<String> arguments) {
        try {
            return Optional.of(InitialContent.lookUp(recovery, samples, store, arguments));
        } catch (RuntimeException e) {
            System.getLogger(PersonaCanvasApp.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not look up the start's workbook ahead of the window", e);
            return Optional.empty();
        }
    }

    @Override
    public void start(Stage stage) {
        // Read beside the essentials; the window waits for it (ScreenFonts.awaitLoaded) before its first text.
        ScreenFonts.loadAhead();
        executor = new BackgroundTaskExecutor();
        CompletableFuture<Essentials> essentials = READ_AHEAD.getAndSet(null);
        if (essentials == null) {
            essentials = readEssentials(getParameters().getRaw());
        }
        essentials.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) {
                open(stage, value);
            } else {
                System.getLogger(PersonaCanvasApp.class.getName()).log(System.Logger.Level.ERROR,
                        "Cannot start: the bundled data could not be read", error);
                Platform.exit();
            }
        }));
        // Meanwhile, on the FX thread: the theme, which every control needs before it is styled.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    private void open(Stage stage, Essentials essentials) {
        Settings settings = essentials.settings();
        CompetencyMatrix matrix = essentials.matrix();
        Messages messages = new Messages(settings.language());
        CanvasChecker checker = new CanvasChecker(matrix);
        AppServices services = new AppServices(messages, settings, essentials.store(), essentials.samples(), matrix,
                executor, new JavaFxDialogService(messages, () -> stage), essentials.recovery(),
                Clock.systemDefaultZone(), ExportServices.desktop(getHostServices(), checker), checker);
        MainWindow window = new MainWindow(stage, services, AUTOSAVE_INTERVAL);
        // Content is there once a workbook (the file given, the sample or restored work) replaced the empty start.
        WorkbookDocument document = window.viewModel().document();
        Workbook empty = document.workbook();
        List<String> arguments = getParameters().getRaw();
        essentials.initial().ifPresentOrElse(initial -> window.show(arguments, initial), () -> window.show(arguments));
        StartupProbe.fromSystemProperties().watch(stage.getScene(), document.workbookProperty(), wb -> wb != empty);
        // The window system shows a default icon until these are decoded; decoding them (seven sizes) and handing
        // them to the window (which scales them on the FX thread) stood in the way of the first frame. Behind the
        // window's first frame, with content or not (a start that could open nothing still gets its icon).
        FirstFrame.whenShown(stage.getScene(), stage.showingProperty(), Boolean::booleanValue,
                () -> AppIcons.apply(stage));
        FirstFrame.whenShown(stage.getScene(), document.workbookProperty(), wb -> wb != empty, () -> prepare(checker));
    }

    /**
     * Loads the checker's lexicons before the first check asks for them, on a thread of its own so that
     * opening or saving a file does not queue behind it.
     */
    private static void prepare(CanvasChecker checker) {
        Thread thread = new Thread(new Task<Void>() {
            @Override
            protected Void call() {
                checker.prepare();
                return null;
            }
        }, "persona-canvas-checker");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
