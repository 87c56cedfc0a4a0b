package nl.personacanvas.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything that asks the user something in a separate window. View-models talk to this interface
 * only, so their tests (and the UI tests) can answer without a real dialog or file chooser.
 */
public interface DialogService {

    /** What to do with unsaved changes before they would be lost. */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    void showError(String title, String message);

    boolean confirm(String title, String message);

    SaveChoice askToSave(String title, String message);

    Optional<Path> chooseWorkbookToOpen(Optional<Path> initialDirectory);

    Optional<Path> chooseWorkbookToSave(Optional<Path> initialDirectory, String suggestedName);

    Optional<Path> chooseImage(Optional<Path> initialDirectory);

    /** A .txt (one statement per line) or .csv file of loose statements to sort onto a canvas. */
    Optional<Path> chooseStatements(Optional<Path> initialDirectory);
}
