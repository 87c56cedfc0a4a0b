package nl.personacanvas.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A TestFX test of the real main window, built anew for each test over files in its own temporary folder.
 * Extends TestFX's {@link ApplicationTest} rather than using {@code ApplicationExtension}: that extension
 * looks for {@code @Start} methods only among those the test class itself declares, so a {@code @Start}
 * here would never run.
 */
public abstract class MainWindowUiTest extends ApplicationTest {
    private static final String TWENTE = "twente.pcanvas";

    @TempDir
    protected Path folder;
    protected UiFixture ui;
    /** The robot the tests drive: an {@link ApplicationTest} is one. */
    protected final FxRobot robot = this;

    /**
     * Loads the shared checker's lexicons and trains its classifier before the first window, as the app does behind
     * its first frame ({@code PersonaCanvasApp}). Left to the first check of a test JVM, that took 10-15 s on a busy
     * machine inside some test's 10 s wait for a check or a comparison. Here, on the test's thread: in
     * {@link #start} it would count against TestFX's time for setting up the window.
     */
    @BeforeAll
    static void prepareTheChecker() {
        UiFixture.CHECKER.prepare();
    }

    @Override
    public void start(Stage stage) throws Exception {
        ui = new UiFixture(folder);
        ui.start(stage, startArguments());
    }

    /** The window's command line: a copy of twente.pcanvas unless a test says otherwise; none opens the samples. */
    protected List<String> startArguments() throws IOException {
        return List.of(ui.copyFixture(TWENTE).toString());
    }

    /** The copy of twente.pcanvas the window opened at start. */
    protected Path twente() {
        return folder.resolve(TWENTE);
    }

    protected WorkbookDocument document() {
        return ui.window.viewModel().document();
    }

    /** The persona of that name in the window's workbook as it is now. */
    protected Persona persona(String name) {
        return document().workbook().personas().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    protected String personaId(String name) {
        return persona(name).id();
    }

    @AfterEach
    void shutDownBackgroundWork() {
        ui.executor.shutdown();
    }
}
