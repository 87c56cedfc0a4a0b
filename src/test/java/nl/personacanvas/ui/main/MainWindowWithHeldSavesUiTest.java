package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;

import java.nio.file.Files;
import javafx.stage.Stage;
import nl.personacanvas.io.HeldSaves;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;

/**
 * The main window on twente.pcanvas with a store whose saves the test can hold at their first write: for what a user
 * does while a save is being written.
 */
abstract class MainWindowWithHeldSavesUiTest extends MainWindowUiTest {
    protected HeldSaves saves;

    @Override
    public void start(Stage stage) throws Exception {
        saves = new HeldSaves(new WorkbookCodec());
        ui = new UiFixture(folder, saves.store());
        ui.start(stage, startArguments());
    }

    /** Waits until the window shows twente's two personas and holds the file's lock. */
    protected void waitUntilTwenteIsOpen() {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
    }
}
