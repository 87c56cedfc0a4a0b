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

    /**
     * What to do with a workbook someone else changed on disk. {@code KEEP_MINE} writes nothing: on
     * saving it cancels the save, on returning to the window it postpones the question to the next save.
     */
    enum ChangedFileChoice { RELOAD, MERGE, SAVE_AS, KEEP_MINE }

    /** What to do when another copy of the app has the workbook open. */
    enum LockedFileChoice { OPEN_COPY, OPEN_ANYWAY, CANCEL }

    void showError(String title, String message);

    boolean confirm(String title, String message);

    /** Like {@link #confirm(String, String)}, with buttons that say what each choice does. */
    default boolean confirm(String title, String message, String accept, String reject) {
        return confirm(title, message);
    }

    /**
     * Restore the unsaved work found at start? Only the discard button throws it away: Escape or the window's
     * close button restores it, since an answer given to get rid of the question must not cost the work.
     */
    default boolean offerRestore(String title, String message, String restore, String discard) {
        return confirm(title, message, restore, discard);
    }

    SaveChoice askToSave(String title, String message);

    /** @param offerSaveAs whether saving under another name is one of the answers (it is when saving) */
    ChangedFileChoice askAboutChangedFile(String title, String message, boolean offerSaveAs);

    LockedFileChoice askAboutLockedFile(String title, String message);

    /** A workbook file to read; {@code title} says what for (open it, import from it, compare with it). */
    Optional<Path> chooseWorkbookToOpen(String title, Optional<Path> initialDirectory);

    Optional<Path> chooseWorkbookToSave(Optional<Path> initialDirectory, String suggestedName);

    Optional<Path> chooseImage(Optional<Path> initialDirectory);

    /** A PDF file to write; ".pdf" is added when the user typed a name without it. */
    Optional<Path> choosePdfToSave(String title, Optional<Path> initialDirectory, String suggestedName);

    /** A PNG image to write; ".png" is added when the user typed a name without it. */
    Optional<Path> choosePngToSave(String title, Optional<Path> initialDirectory, String suggestedName);

    Optional<Path> chooseFolder(String title, Optional<Path> initialDirectory);

    /** A .txt (one statement per line) or .csv file of loose statements to sort onto a canvas. */
    Optional<Path> chooseStatements(Optional<Path> initialDirectory);
}
