package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import nl.personacanvas.io.FileChangedException;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.merge.CommonBase;
import nl.personacanvas.merge.WorkbookMerger;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.DialogService.ChangedFileChoice;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Notices when the open workbook was changed on disk by someone else (on save, and when the window
 * comes back to the front), asks what to do, and does it: reload theirs, merge both, save mine under
 * another name, or (when noticed on returning to the window) keep mine for now. Overwriting their
 * version is never one of the answers.
 */
final class DiskConflicts {
    private final FileCommands files;
    private final WorkbookDocument document;
    private final WorkbookStore store;
    private final FileWatch watch;
    private final FileTasks tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final FileMessages texts;
    private final StatusLine status;
    private BiConsumer<String, List<CommonBase.KeptPersona>> keptNotice = (file, kept) -> { };

    DiskConflicts(FileCommands files, WorkbookDocument document, WorkbookStore store, FileWatch watch,
                  FileTasks tasks, DialogService dialogs, Messages messages, StatusLine status) {
        this.files = files;
        this.document = document;
        this.store = store;
        this.watch = watch;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.texts = new FileMessages(messages);
        this.status = status;
    }

    /** Where a merge's kept personas are told for good: the window's lasting notice. */
    void tellKeptPersonasTo(BiConsumer<String, List<CommonBase.KeptPersona>> notice) {
        this.keptNotice = notice;
    }

    /** A save was refused because the file changed or vanished since it was read. */
    void changedWhileSaving(FileChangedException changed, Runnable afterSave) {
        Path file = changed.file();
        String name = String.valueOf(file.getFileName());
        if (changed.state() == FileFingerprint.DiskState.MISSING || emptied(changed.found())) {
            // An emptied file (a sync tool or a full disk cut it to 0 bytes) holds no workbook to reload or merge:
            // those choices only failed with "Het bestand is leeg", and saving could only go under another name.
            String question = changed.state() == FileFingerprint.DiskState.MISSING ? "changed.deleted" : "changed.emptied";
            if (dialogs.confirm(messages.get("changed.title"), messages.get(question, name))) {
                files.saveReplacing(file, afterSave);
            }
            return;
        }
        if (file.equals(watch.file())) {
            changed.found().ifPresent(watch::answered);
        }
        ChangedFileChoice choice = dialogs.askAboutChangedFile(messages.get("changed.title"),
                messages.get("changed.onSave", name), true);
        switch (choice) {
            case RELOAD -> files.load(file);
            // A persona kept although one side deleted it is said again after the save, which says only "Opgeslagen".
            case MERGE -> mergeWithDisk(file, kept -> files.save(kept.isEmpty() ? afterSave : () -> {
                status.announce(kept.get());
                afterSave.run();
            }));
            case SAVE_AS -> files.saveAs(afterSave);
            case KEEP_MINE -> { }
        }
    }

    /** Called when the window comes back to the front: has someone changed the open file meanwhile? */
    void checkForChangesOnDisk() {
        Path file = watch.file();
        if (file == null || tasks.isBusy()) {
            return;
        }
        Callable<Optional<FileFingerprint>> check = watch.changeCheck();
        tasks.run(new Task<Optional<FileFingerprint>>() {
            @Override
            protected Optional<FileFingerprint> call() throws Exception {
                return check.call();
            }
        }, theirs -> theirs.filter(t -> file.equals(watch.file()) && !watch.alreadyAnswered(t))
                        .ifPresent(t -> changedWhileAway(file, t)),
                error -> System.getLogger(DiskConflicts.class.getName()).log(System.Logger.Level.DEBUG,
                        "Cannot check " + file, error));
    }

    private static boolean emptied(Optional<FileFingerprint> found) {
        return found.filter(f -> f.size() == 0).isPresent();
    }

    /** The file changed while the user was in another window. */
    private void changedWhileAway(Path file, FileFingerprint theirs) {
        watch.answered(theirs);
        if (emptied(Optional.of(theirs))) {
            status.show(messages.get("changed.emptiedAway", String.valueOf(file.getFileName())));
            return; // nothing to reload or merge; the next save asks
        }
        ChangedFileChoice choice = dialogs.askAboutChangedFile(messages.get("changed.title"),
                messages.get("changed.onFocus", String.valueOf(file.getFileName())), false);
        switch (choice) {
            case RELOAD -> files.load(file);
            case MERGE -> mergeWithDisk(file, kept -> { });
            // Keeps this window's version; the next save asks again.
            case SAVE_AS, KEEP_MINE -> { }
        }
    }

    /**
     * Their version from disk joined into mine with the merge's defaults, as one undoable step; the document then
     * counts as based on their version (its common base for the next merge). What only one side changed since the file was read is taken from that side;
     * where both changed, both are kept. A persona one side deleted and the other changed is kept and named in the
     * status line ({@code afterMerge} gets that sentence, if any), so the user knows a deletion was not followed.
     */
    private void mergeWithDisk(Path file, Consumer<Optional<String>> afterMerge) {
        String name = String.valueOf(file.getFileName());
        tasks.run(new Task<WorkbookStore.Loaded>() {
            @Override
            protected WorkbookStore.Loaded call() throws IOException, WorkbookFormatException {
                return store.loadTracked(file);
            }
        }, theirs -> {
            CommonBase.Sides sides = document.savedWorkbook()
                    .map(base -> CommonBase.settle(base, document.workbook(), theirs.workbook()))
                    .orElseGet(() -> new CommonBase.Sides(document.workbook(), theirs.workbook()));
            Workbook merged = new WorkbookMerger(messages.locale())
                    .mergeKeepingBoth(sides.mine(), sides.theirs(), name).workbook();
            document.apply(messages.get("changed.mergeStep"), null, mine -> merged);
            // Their version is what the file now holds: the next change on disk is settled against it, not
            // against the version read before, or what this merge took in would count as changed on both sides.
            document.markSaved(theirs.workbook(), file);
            watch.track(file, theirs.fingerprint());
            Optional<String> kept = keptDeleted(name, sides);
            if (kept.isPresent()) {
                status.announce(kept.get());
                keptNotice.accept(name, sides.kept());
            } else {
                status.show(messages.get("status.merged", name));
            }
            afterMerge.accept(kept);
        }, error -> dialogs.showError(messages.get("error.open.title"), texts.loadError(file, error)));
    }

    private Optional<String> keptDeleted(String file, CommonBase.Sides sides) {
        List<String> names = sides.keptDeleted();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(names.size() == 1 ? messages.get("status.merged.keptDeleted.one", file, names.get(0))
                : messages.get("status.merged.keptDeleted.many", file, names.size(), String.join(", ", names)));
    }
}
