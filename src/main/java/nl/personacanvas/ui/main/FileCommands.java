package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import nl.personacanvas.io.FileChangedException;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.merge.WorkbookMerger;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Settings;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * New, open, save, recent files and samples. Reading and writing run as tasks off the FX thread; the
 * document changes only when a task has finished, so a failed load leaves the current workbook as it was.
 */
public final class FileCommands {
    private final WorkbookDocument document;
    private final WorkbookStore store;
    private final SampleWorkbooks samples;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Settings settings;
    private final Messages messages;
    private final StatusLine status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final FileWatch watch;

    /** @param self how this copy of the app names itself in lock files next to the workbooks it opens */
    public FileCommands(WorkbookDocument document, WorkbookStore store, SampleWorkbooks samples,
                        DialogService dialogs, TaskExecutor executor, Settings settings, Messages messages,
                        StatusLine status, WorkbookLock.Owner self) {
        this.document = document;
        this.store = store;
        this.samples = samples;
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.messages = messages;
        this.status = status;
        this.watch = new FileWatch(document, executor, self);
        recentFiles.setAll(settings.recentFiles());
    }

    public void newWorkbook() {
        whenChangesSettled(() -> {
            document.open(Workbook.empty(), null);
            status.show(messages.get("status.new"));
        });
    }

    public void open() {
        whenChangesSettled(() -> dialogs.chooseWorkbookToOpen(settings.lastDirectory()).ifPresent(this::load));
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
        run(new Task<Workbook>() {
            @Override
            protected Workbook call() {
                return samples.load(sample);
            }
        }, wb -> {
            // A sample opened is a new, unsaved workbook: saving must ask where, never write into the jar.
            document.open(wb, null);
            status.show(messages.get("status.opened", wb.school()));
        }, error -> dialogs.showError(messages.get("error.open.title"), String.valueOf(error.getMessage())));
    }

    private record Opened(WorkbookStore.Loaded loaded, Optional<WorkbookLock.Owner> holder) {
    }

    /**
     * Loads {@code file}; on failure says why and keeps what the user had. When another copy of the app
     * has it open, says who and lets the user open a copy (saving then asks for a new name), open it
     * anyway or cancel.
     */
    public void load(Path file) {
        run(new Task<Opened>() {
            @Override
            protected Opened call() throws IOException, WorkbookFormatException {
                return new Opened(store.loadTracked(file), watch.otherHolder(file));
            }
        }, opened -> {
            Workbook wb = opened.loaded().workbook();
            DialogService.LockedFileChoice choice = opened.holder()
                    .map(owner -> dialogs.askAboutLockedFile(messages.get("locked.title"), lockedMessage(file, owner)))
                    .orElse(DialogService.LockedFileChoice.OPEN_ANYWAY);
            switch (choice) {
                case OPEN_ANYWAY -> {
                    document.open(wb, file);
                    watch.track(file, opened.loaded().fingerprint());
                    remember(file);
                    status.show(messages.get("status.opened", file.getFileName()));
                }
                case OPEN_COPY -> {
                    document.openUnsaved(wb, null);
                    status.show(messages.get("status.openedCopy", file.getFileName()));
                }
                case CANCEL -> { }
            }
        }, error -> dialogs.showError(messages.get("error.open.title"), describeLoadError(file, error)));
    }

    private String lockedMessage(Path file, WorkbookLock.Owner owner) {
        String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(owner.since().atZone(ZoneId.systemDefault()));
        return messages.get("locked.message", file.getFileName(), owner.user(), owner.machine(), since);
    }

    String describeLoadError(Path file, Throwable error) {
        String reason;
        if (error instanceof WorkbookFormatException format) {
            reason = format.describe(messages.locale());
            if (format.line() > 0) {
                reason = messages.get("error.location", reason, format.line(), format.column());
            }
        } else if (error instanceof java.nio.file.NoSuchFileException) {
            reason = messages.get("error.noSuchFile");
        } else if (error instanceof IOException io) {
            reason = messages.get("error.io", String.valueOf(io.getMessage()));
        } else {
            reason = String.valueOf(error);
        }
        return messages.get("error.open.message", file.getFileName(), reason);
    }

    /** Saves to the document's file, or asks for one; {@code afterSave} runs once the file is written. */
    public void save(Runnable afterSave) {
        Path file = document.file();
        if (file == null) {
            saveAs(afterSave);
        } else {
            saveTo(file, afterSave);
        }
    }

    public void saveAs(Runnable afterSave) {
        String suggested = suggestedName(document.workbook());
        dialogs.chooseWorkbookToSave(settings.lastDirectory(), suggested).ifPresent(file -> saveTo(file, afterSave));
    }

    private static String suggestedName(Workbook wb) {
        String base = wb.school().isBlank() ? "werkboek" : wb.school().strip().replaceAll("[\\\\/:*?\"<>|]", "-");
        return base + WorkbookStore.EXTENSION;
    }

    private void saveTo(Path file, Runnable afterSave) {
        Workbook snapshot = document.workbook();
        // Over the file that was opened only if it is still what was read: a colleague's save is never lost.
        FileFingerprint expected = watch.expected(file);
        run(new Task<FileFingerprint>() {
            @Override
            protected FileFingerprint call() throws IOException {
                return expected == null ? store.save(snapshot, file) : store.saveOver(snapshot, file, expected);
            }
        }, written -> {
            document.markSaved(snapshot, file);
            watch.track(file, written);
            remember(file);
            status.announce(messages.get("status.saved", file.getFileName()));
            afterSave.run();
        }, error -> {
            if (error instanceof FileChangedException changed) {
                new DiskConflicts(this, dialogs, messages).changedWhileSaving(changed, afterSave);
            } else {
                dialogs.showError(messages.get("error.save.title"),
                        messages.get("error.save.message", file, String.valueOf(error.getMessage())));
            }
        });
    }

    /** Saves over {@code file} whatever it holds now: the user chose so, e.g. after it was deleted. */
    void saveReplacing(Path file, Runnable afterSave) {
        watch.forget();
        saveTo(file, afterSave);
    }

    /**
     * Their version from disk joined into mine with the merge's defaults (both kept where they differ),
     * as one undoable step; the document then counts as based on their version.
     */
    void mergeWithDisk(Path file, Runnable afterMerge) {
        String name = String.valueOf(file.getFileName());
        run(new Task<WorkbookStore.Loaded>() {
            @Override
            protected WorkbookStore.Loaded call() throws IOException, WorkbookFormatException {
                return store.loadTracked(file);
            }
        }, theirs -> {
            Workbook merged = new WorkbookMerger(messages.locale())
                    .mergeKeepingBoth(document.workbook(), theirs.workbook(), name).workbook();
            document.apply(messages.get("changed.mergeStep"), null, mine -> merged);
            watch.track(file, theirs.fingerprint());
            status.show(messages.get("status.merged", name));
            afterMerge.run();
        }, error -> dialogs.showError(messages.get("error.open.title"), describeLoadError(file, error)));
    }

    /** Called when the window comes back to the front: has someone changed the open file meanwhile? */
    public void checkForChangesOnDisk() {
        Path file = watch.file();
        if (file == null || busy.get()) {
            return;
        }
        Callable<Optional<FileFingerprint>> check = watch.changeCheck();
        run(new Task<Optional<FileFingerprint>>() {
            @Override
            protected Optional<FileFingerprint> call() throws Exception {
                return check.call();
            }
        }, theirs -> theirs.filter(t -> file.equals(watch.file()))
                .ifPresent(t -> new DiskConflicts(this, dialogs, messages).changedWhileAway(file, t)),
                error -> System.getLogger(FileCommands.class.getName()).log(System.Logger.Level.DEBUG,
                        "Cannot check " + file, error));
    }

    /** Keeps this window's version of a change on disk; the next save asks again. */
    void ignoreChange(FileFingerprint theirs) {
        watch.ignore(theirs);
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

    private void remember(Path file) {
        settings.addRecentFile(file);
        Optional.ofNullable(file.toAbsolutePath().getParent()).ifPresent(settings::setLastDirectory);
        recentFiles.setAll(settings.recentFiles());
    }

    private <T> void run(Task<T> task, java.util.function.Consumer<T> onSuccess,
                         java.util.function.Consumer<Throwable> onFailure) {
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    public ObservableList<Path> recentFiles() {
        return FXCollections.unmodifiableObservableList(recentFiles);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
