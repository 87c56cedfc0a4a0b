package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
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

    public FileCommands(WorkbookDocument document, WorkbookStore store, SampleWorkbooks samples,
                        DialogService dialogs, TaskExecutor executor, Settings settings, Messages messages,
                        StatusLine status) {
        this.document = document;
        this.store = store;
        this.samples = samples;
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.messages = messages;
        this.status = status;
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

    /** Loads {@code file}; on failure says why and keeps what the user had. */
    public void load(Path file) {
        run(new Task<Workbook>() {
            @Override
            protected Workbook call() throws IOException, WorkbookFormatException {
                return store.load(file);
            }
        }, wb -> {
            document.open(wb, file);
            remember(file);
            status.show(messages.get("status.opened", file.getFileName()));
        }, error -> dialogs.showError(messages.get("error.open.title"), describeLoadError(file, error)));
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
        run(new Task<Void>() {
            @Override
            protected Void call() throws IOException {
                store.save(snapshot, file);
                return null;
            }
        }, done -> {
            document.markSaved(snapshot, file);
            remember(file);
            status.show(messages.get("status.saved", file.getFileName()));
            afterSave.run();
        }, error -> dialogs.showError(messages.get("error.save.title"),
                messages.get("error.save.message", file, String.valueOf(error.getMessage()))));
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
