package nl.personacanvas.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A dialog service for UI tests: file choosers and questions answer from a script, error messages
 * are shown as the real JavaFX dialogs (so tests see what a user sees) and recorded.
 */
public final class ScriptedDialogs implements DialogService {
    private DialogService real;
    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Path> imagesToOpen = new ArrayDeque<>();
    public final Deque<Path> pdfsToSave = new ArrayDeque<>();
    public final Deque<Path> pngsToSave = new ArrayDeque<>();
    public final Deque<Path> foldersToChoose = new ArrayDeque<>();
    public final Deque<Path> statementFiles = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    /** The names Save as suggested, in order. */
    public final List<String> suggestedWorkbookNames = new ArrayList<>();
    /** The folder each statements chooser of the sort dialog was asked to start in. */
    public final List<Optional<Path>> statementFolders = new ArrayList<>();
    /** The title each workbook chooser for reading was given (Open, import, compare with another file). */
    public final List<String> openTitles = new ArrayList<>();
    /** Where each workbook chooser to open started, in order. */
    public final List<Optional<Path>> openFolders = new ArrayList<>();
    /** Where each PDF or PNG chooser started, in order. */
    public final List<Optional<Path>> exportFolders = new ArrayList<>();
    /** The folder each workbook save dialog was asked to start in. */
    public final List<Optional<Path>> saveFolders = new ArrayList<>();
    public SaveChoice saveChoice = SaveChoice.CANCEL;
    /** Whether the question about unsaved changes is the window's real dialog, answered by the test's keys. */
    public boolean askToSaveForReal;
    public boolean confirmAnswer;
    /** Runs while a question is up, before it is answered: what the window shows behind it. */
    public Runnable whileAsking = () -> { };
    public ChangedFileChoice changedFileChoice = ChangedFileChoice.KEEP_MINE;
    /** Whether the question about a file changed on disk is the window's real dialog, answered by the test's clicks. */
    public boolean askAboutChangedFileForReal;
    public LockedFileChoice lockedFileChoice = LockedFileChoice.CANCEL;

    /** Error messages go to {@code real}, the dialogs of the window under test; view-model tests only record them. */
    public void showErrorsWith(DialogService real) {
        this.real = real;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
        if (real != null) {
            real.showError(title, message);
        }
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        whileAsking.run();
        return confirmAnswer;
    }

    @Override
    public SaveChoice askToSave(String title, String message) {
        questions.add(message);
        return askToSaveForReal && real != null ? real.askToSave(title, message) : saveChoice;
    }

    @Override
    public ChangedFileChoice askAboutChangedFile(String title, String message, boolean offerSaveAs) {
        questions.add(message);
        return askAboutChangedFileForReal && real != null ? real.askAboutChangedFile(title, message, offerSaveAs)
                : changedFileChoice;
    }

    @Override
    public LockedFileChoice askAboutLockedFile(String title, String message) {
        questions.add(message);
        return lockedFileChoice;
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(String title, Optional<Path> initialDirectory) {
        openTitles.add(title);
        openFolders.add(initialDirectory);
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(Optional<Path> initialDirectory, String suggestedName) {
        saveFolders.add(initialDirectory);
        suggestedWorkbookNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseImage(Optional<Path> initialDirectory) {
        return Optional.ofNullable(imagesToOpen.poll());
    }

    @Override
    public Optional<Path> choosePdfToSave(String title, Optional<Path> initialDirectory, String suggestedName) {
        exportFolders.add(initialDirectory);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(pdfsToSave.poll());
    }

    @Override
    public Optional<Path> choosePngToSave(String title, Optional<Path> initialDirectory, String suggestedName) {
        exportFolders.add(initialDirectory);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(pngsToSave.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Optional<Path> initialDirectory) {
        return Optional.ofNullable(foldersToChoose.poll());
    }

    @Override
    public Optional<Path> chooseStatements(Optional<Path> initialDirectory) {
        statementFolders.add(initialDirectory);
        return Optional.ofNullable(statementFiles.poll());
    }
}
