package nl.personacanvas.ui.main;

import java.nio.file.Path;
import nl.personacanvas.io.FileChangedException;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.DialogService.ChangedFileChoice;
import nl.personacanvas.ui.Messages;

/**
 * Asks what to do when the open workbook was changed on disk by someone else, and does it: reload
 * theirs, merge both, save mine under another name, or (when noticed on returning to the window)
 * keep mine for now. Overwriting their version is never one of the answers.
 */
final class DiskConflicts {
    private final FileCommands files;
    private final DialogService dialogs;
    private final Messages messages;

    DiskConflicts(FileCommands files, DialogService dialogs, Messages messages) {
        this.files = files;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A save was refused because the file changed or vanished since it was read. */
    void changedWhileSaving(FileChangedException changed, Runnable afterSave) {
        Path file = changed.file();
        String name = String.valueOf(file.getFileName());
        if (changed.state() == FileFingerprint.DiskState.MISSING) {
            if (dialogs.confirm(messages.get("changed.title"), messages.get("changed.deleted", name))) {
                files.saveReplacing(file, afterSave);
            }
            return;
        }
        ChangedFileChoice choice = dialogs.askAboutChangedFile(messages.get("changed.title"),
                messages.get("changed.onSave", name), true);
        switch (choice) {
            case RELOAD -> files.load(file);
            case MERGE -> files.mergeWithDisk(file, () -> files.save(afterSave));
            case SAVE_AS -> files.saveAs(afterSave);
            case KEEP_MINE -> { }
        }
    }

    /** The file changed while the user was in another window. */
    void changedWhileAway(Path file, FileFingerprint theirs) {
        ChangedFileChoice choice = dialogs.askAboutChangedFile(messages.get("changed.title"),
                messages.get("changed.onFocus", String.valueOf(file.getFileName())), false);
        switch (choice) {
            case RELOAD -> files.load(file);
            case MERGE -> files.mergeWithDisk(file, () -> { });
            case SAVE_AS, KEEP_MINE -> files.ignoreChange(theirs);
        }
    }
}
