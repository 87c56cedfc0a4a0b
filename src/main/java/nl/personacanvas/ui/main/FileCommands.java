package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.merge.CommonBase;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Settings;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.UserFolders;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The File menu's commands, and opening workbooks: new, open, recent files and samples. Reading runs as a task off
 * the FX thread; the document changes only when it has finished, so a failed load leaves the current workbook as it
 * was. Saving is {@link WorkbookSaving}'s job, the list of recent files {@link RecentFiles}', and what happens when the
 * file was changed on disk by someone else {@link DiskConflicts}'.
 */
public final class FileCommands {
    private final WorkbookDocument document;
    private final WorkbookStore store;
    private final SampleWorkbooks samples;
    private final DialogService dialogs;
    private final Settings settings;
    private final Messages messages;
    private final FileMessages texts;
    private final StatusLine status;
    private final RecentFiles recent;
    private final FileTasks tasks;
    private final FileWatch watch;
    private final DiskConflicts conflicts;
    private final WorkbookSaving saving;
    private final ConflictCopies conflictCopies;

    /** @param self how this copy of the app names itself in lock files next to the workbooks it opens */
    public FileCommands(WorkbookDocument document, WorkbookStore store, SampleWorkbooks samples,
                        DialogService dialogs, TaskExecutor executor, Settings settings, Messages messages,
                        StatusLine status, WorkbookLock.Owner self) {
        this.document = document;
        this.store = store;
        this.samples = samples;
        this.dialogs = dialogs;
        this.settings = settings;
        this.messages = messages;
        this.texts = new FileMessages(messages);
        this.status = status;
        this.tasks = new FileTasks(executor);
        this.watch = new FileWatch(document, executor, self);
        this.conflicts = new DiskConflicts(this, document, store, watch, tasks, dialogs, messages, status);
        this.conflictCopies = new ConflictCopies(tasks, document::file, dialogs, settings, messages, status);
        this.recent = new RecentFiles(settings);
        this.saving = new WorkbookSaving(document, store, dialogs, messages, status, tasks, watch, recent, conflicts);
    }

    public void newWorkbook() {
        newWorkbook(() -> { });
    }

    /** A new empty workbook once unsaved changes are settled; {@code then} runs after it is open (not if cancelled). */
    public void newWorkbook(Runnable then) {
        whenChangesSettled(() -> {
            document.open(Workbook.empty(), null);
            status.show(messages.get("status.new"));
            then.run();
        });
    }

    public void open() {
        Optional<Path> folder = settings.lastDirectory().filter(Files::isDirectory)
                .or(() -> Optional.of(UserFolders.documents()));
        whenChangesSettled(() -> dialogs.chooseWorkbookToOpen(messages.get("dialog.open.title"), folder)
                .ifPresent(this::load));
    }

    public void openRecent(Path file) {
        whenChangesSettled(() -> load(file));
    }

    public void openSample(SampleWorkbooks.Sample sample) {
        whenChangesSettled(() -> loadSample(sample));
    }

    public List<SampleWorkbooks.Sample> samples() {
        return samples.list();
    }

    /** The first start's content: the default sample, or an empty workbook when none is embedded. */
    public void openDefaultSample() {
        List<SampleWorkbooks.Sample> list = samples.list();
        if (list.isEmpty()) {
            document.open(Workbook.empty(), null);
        } else {
            loadSample(list.get(0));
        }
    }

    private void loadSample(SampleWorkbooks.Sample sample) {
        tasks.run(new Task<Workbook>() {
            @Override
            protected Workbook call() {
                return samples.load(sample);
            }
        }, this::showSample, error -> dialogs.showError(messages.get("error.open.title"), String.valueOf(error.getMessage())));
    }

    /** Shows a sample read elsewhere (at start-up, ahead of the window). */
    public void showSample(Workbook wb) {
        // A sample opened is a new, unsaved workbook: saving must ask where, never write into the jar.
        document.open(wb, null);
        status.show(messages.get("status.opened", wb.school()));
    }

    /**
     * Shows restored work, unsaved. When it came from a file whose fingerprint the recovery note kept,
     * that file is tracked as if just opened: a save then notices a change made to it meanwhile.
     */
    public void openRestored(RecoveryFiles.Recovered recovered) {
        document.openUnsaved(recovered.workbook(), recovered.source());
        if (recovered.source() != null && recovered.sourceFingerprint() != null) {
            watch.track(recovered.source(), recovered.sourceFingerprint());
        }
    }

    /** What {@code file} held when last read or written here; null when it is not the open file. */
    public FileFingerprint knownFingerprint(Path file) {
        return watch.expected(file);
    }

    private record Opened(WorkbookStore.Loaded loaded, Optional<WorkbookLock.Owner> holder) {
    }

    /**
     * Loads {@code file}; on failure says why and keeps what the user had. When another copy of the app
     * has it open, says who and lets the user open a copy (saving then asks for a new name), open it
     * anyway or cancel.
     */
    public void load(Path file) {
        read(file, error -> reportLoadError(file, error));
    }

    /**
     * Opens the file the window was started with (a double-clicked workbook). When it cannot be read, the window
     * shows what a start without a file shows, the default sample, and says why: the document still holds the
     * empty workbook it was built with, whose required fields would greet the user in red.
     */
    public void openAtStart(Path file) {
        read(file, error -> {
            openDefaultSample();
            reportLoadError(file, error);
        });
    }

    private void read(Path file, Consumer<Throwable> onFailure) {
        tasks.run(new Task<Opened>() {
            @Override
            protected Opened call() throws IOException, WorkbookFormatException {
                return new Opened(store.loadTracked(file), watch.otherHolder(file));
            }
        }, opened -> open(file, opened), onFailure);
    }

    private void reportLoadError(Path file, Throwable error) {
        dialogs.showError(messages.get("error.open.title"), texts.loadError(file, error));
    }

    /** Opens {@code file} as {@link #load} does, from what was read of it at start-up, ahead of the window. */
    public void openRead(Path file, WorkbookStore.Loaded loaded, Optional<WorkbookLock.Owner> holder) {
        open(file, new Opened(loaded, holder));
    }

    private void open(Path file, Opened opened) {
        Workbook wb = opened.loaded().workbook();
        DialogService.LockedFileChoice choice = opened.holder()
                .map(owner -> dialogs.askAboutLockedFile(messages.get("locked.title"), texts.locked(file, owner)))
                .orElse(DialogService.LockedFileChoice.OPEN_ANYWAY);
        switch (choice) {
            case OPEN_ANYWAY -> {
                document.open(wb, file);
                watch.track(file, opened.loaded().fingerprint());
                recent.remember(file);
                status.show(messages.get("status.opened", file.getFileName()));
                conflictCopies.lookBeside(file);
            }
            case OPEN_COPY -> {
                document.openUnsaved(wb, null);
                status.show(messages.get("status.openedCopy", file.getFileName()));
            }
            case CANCEL -> { }
        }
    }

    /** What merges a conflict copy into the open workbook when the user chooses so (the import of personas). */
    public void mergeConflictCopiesWith(Consumer<Path> merger) {
        conflictCopies.mergeWith(merger);
    }

    /** Where a merge with the file on disk tells which personas it kept although one side deleted them. */
    void tellKeptPersonasTo(BiConsumer<String, List<CommonBase.KeptPersona>> notice) {
        conflicts.tellKeptPersonasTo(notice);
    }

    /** Saves to the document's file, or asks for one; {@code afterSave} runs once the file is written. */
    public void save(Runnable afterSave) {
        saving.save(afterSave);
    }

    public void saveAs(Runnable afterSave) {
        saving.saveAs(afterSave);
    }

    /** Saves over {@code file} whatever it holds now: the user chose so, e.g. after it was deleted. */
    void saveReplacing(Path file, Runnable afterSave) {
        saving.saveReplacing(file, afterSave);
    }

    /** Called when the window comes back to the front: has someone changed the open file meanwhile? */
    public void checkForChangesOnDisk() {
        conflicts.checkForChangesOnDisk();
    }

    /** The window closes: its lock on the open file goes. */
    public void close() {
        watch.forget();
    }

    /**
     * Runs {@code action} once unsaved changes are dealt with: right away when there are none or the
     * user discards them, after a successful save when the user chooses to save, never when they cancel.
     */
    public void whenChangesSettled(Runnable action) {
        if (!document.isDirty()) {
            action.run();
            return;
        }
        switch (dialogs.askToSave(messages.get("unsaved.title"), messages.get("unsaved.message"))) {
            case DISCARD -> action.run();
            case SAVE -> save(action);
            case CANCEL -> { }
        }
    }

    public ObservableList<Path> recentFiles() {
        return recent.list();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }
}
