package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.concurrent.Task;
import nl.personacanvas.io.FileChangedException;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.ExportNames;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.UserFolders;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Save and Save as: writes the open workbook off the FX thread, one save after the other ({@link SaveTurns}), over
 * its file only while that still holds what was read, and hands the document what was written. A file changed on
 * disk meanwhile goes to {@link DiskConflicts}; opening workbooks is {@link FileCommands}' job.
 */
final class WorkbookSaving {
    private final WorkbookDocument document;
    private final WorkbookStore store;
    private final DialogService dialogs;
    private final Messages messages;
    private final FileMessages texts;
    private final StatusLine status;
    private final FileTasks tasks;
    private final FileWatch watch;
    private final RecentFiles recent;
    private final DiskConflicts conflicts;
    private final SaveTurns saves = new SaveTurns();

    WorkbookSaving(WorkbookDocument document, WorkbookStore store, DialogService dialogs, Messages messages,
                   StatusLine status, FileTasks tasks, FileWatch watch, RecentFiles recent, DiskConflicts conflicts) {
        this.document = document;
        this.store = store;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new FileMessages(messages);
        this.status = status;
        this.tasks = tasks;
        this.watch = watch;
        this.recent = recent;
        this.conflicts = conflicts;
    }

    /** Saves to the document's file, or asks for one; {@code afterSave} runs once the file is written. */
    void save(Runnable afterSave) {
        Path file = document.file();
        if (file == null) {
            saveAs(afterSave);
        } else {
            saveTo(file, afterSave);
        }
    }

    void saveAs(Runnable afterSave) {
        String suggested = new ExportNames(messages.locale()).workbookFile(document.workbook()) + WorkbookStore.EXTENSION;
        // Beside the workbook's file, so a copy lands next to it (the chooser opened in the working folder).
        dialogs.chooseWorkbookToSave(Optional.of(UserFolders.besideOrDocuments(document.file())), suggested)
                .ifPresent(file -> saveAsUnlessOpenElsewhere(file, afterSave));
    }

    /**
     * Saves as {@code file}, asking first when another copy of the app has it open: the system's file dialog only asks
     * whether to replace "a file", and a colleague's workbook (or the one this window opened as a copy because of them)
     * was replaced without a word about them.
     */
    private void saveAsUnlessOpenElsewhere(Path file, Runnable afterSave) {
        if (file.equals(document.file())) {
            saveTo(file, afterSave);
            return;
        }
        tasks.run(new Task<Optional<WorkbookLock.Owner>>() {
            @Override
            protected Optional<WorkbookLock.Owner> call() {
                return watch.otherHolder(file);
            }
        }, holder -> {
            if (holder.isEmpty() || dialogs.confirm(messages.get("locked.title"),
                    texts.lockedSaveAs(file, holder.get()), messages.get("locked.saveAs.accept"),
                    messages.get("locked.saveAs.reject"))) {
                saveTo(file, afterSave);
            }
        }, error -> saveTo(file, afterSave));
    }

    /** Saves over {@code file} whatever it holds now: the user chose so, e.g. after it was deleted. */
    void saveReplacing(Path file, Runnable afterSave) {
        watch.forget();
        saveTo(file, afterSave);
    }

    private void saveTo(Path file, Runnable afterSave) {
        saves.take(() -> write(file, afterSave));
    }

    private void write(Path file, Runnable afterSave) {
        Workbook snapshot = document.workbook();
        long opening = document.opening();
        // Over the file that was opened only if it is still what was read: a colleague's save is never lost.
        FileFingerprint expected = watch.expected(file);
        tasks.run(new Task<WorkbookStore.Saved>() {
            @Override
            protected WorkbookStore.Saved call() throws IOException {
                return store.saveTracked(snapshot, file, expected);
            }
        }, written -> {
            try {
                if (document.opening() != opening) {
                    // Another workbook was opened while this one was written (Ctrl+N, "Niet opslaan"): the file is
                    // written, but it is not the shown workbook's, nor is "Opgeslagen" its status.
                    recent.remember(file);
                    afterSave.run();
                    return;
                }
                // What the save mended (a persona whose activity was removed written without one) the window takes up,
                // so it shows what the file holds; what was typed meanwhile stays, mended alike and unsaved.
                document.markSaved(snapshot, written.workbook(), WorkbookStore::asWritten, file);
                watch.track(file, written.fingerprint());
                recent.remember(file);
                status.announce(texts.saved(file, snapshot, written.workbook()));
                afterSave.run();
            } finally {
                saves.finished(); // whatever afterSave does, a save waiting is never left waiting for good
            }
        }, error -> {
            saves.failed();
            if (error instanceof FileChangedException changed) {
                conflicts.changedWhileSaving(changed, afterSave);
            } else {
                dialogs.showError(messages.get("error.save.title"), texts.saveError(file, error));
            }
        });
    }
}
