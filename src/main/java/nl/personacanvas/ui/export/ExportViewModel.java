package nl.personacanvas.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.pdf.ExportWarning;
import nl.personacanvas.pdf.SafeFileNames;
import nl.personacanvas.pdf.TargetNotWritableException;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Settings;
import nl.personacanvas.ui.TaskExecutor;

/**
 * The export dialog: asks where to write, runs the export in the background with progress and
 * cancel, then tells what was written and what the user should know about it (fallback fonts,
 * continuation pages).
 */
public final class ExportViewModel {

    public enum Phase { READY, RUNNING, DONE, CANCELLED, FAILED }

    private final ExportOptionsViewModel options;
    private final PdfEngine engine;
    private final DocumentOpener opener;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Settings settings;
    private final ExportTexts texts;
    private final Consumer<String> status;

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.READY);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final BooleanBinding canExport;
    private ExportTask running;
    private Path resultFolder;

    public ExportViewModel(ExportOptionsViewModel options, ExportServices services, DialogService dialogs,
                           TaskExecutor executor, Settings settings, ExportTexts texts, Consumer<String> status) {
        this.options = options;
        this.engine = services.engine();
        this.opener = services.opener();
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.texts = texts;
        this.status = status;
        this.canExport = Bindings.createBooleanBinding(
                () -> options.problemProperty().get() == null && phase.get() != Phase.RUNNING,
                options.problemProperty(), phase);
    }

    /** Asks for the file (or folder) and starts the export; does nothing when the user cancels the chooser. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        ExportRequest request = options.request();
        Optional<Path> target = request.onePerPersona()
                ? dialogs.chooseFolder(texts.get("choose.folder"), settings.lastDirectory())
                : dialogs.choosePdfToSave(texts.get("choose.file"), settings.lastDirectory(),
                        new SafeFileNames().next(options.suggestedFileName(), ".pdf"));
        target.ifPresent(t -> start(request, t));
    }

    private void start(ExportRequest request, Path target) {
        ExportTask task = new ExportTask(engine, request, target);
        running = task;
        warnings.clear();
        resultFolder = null;
        progress.bind(task.progressProperty());
        outcome.set(texts.get("export.running", request.personas().size()));
        phase.set(Phase.RUNNING);
        task.setOnSucceeded(e -> finished(task.getValue(), request, target));
        task.setOnFailed(e -> failed(task.getException()));
        executor.execute(task);
    }

    private void finished(ExportResult result, ExportRequest request, Path target) {
        stopped();
        resultFolder = request.onePerPersona() ? target : target.toAbsolutePath().getParent();
        settings.setLastDirectory(resultFolder);
        String where = request.onePerPersona() ? texts.get("export.doneFolder", result.files().size(), target)
                : texts.get("export.doneFile", target.getFileName());
        outcome.set(texts.get("export.done", result.posters(), result.pages(), where));
        result.warnings().stream().map(this::describe).forEach(warnings::add);
        phase.set(Phase.DONE);
        status.accept(result.hasWarnings() ? texts.get("status.exportedWithWarnings", where, result.warnings().size())
                : texts.get("status.exported", where));
    }

    private String describe(ExportWarning warning) {
        return warning.describe(texts.locale());
    }

    private void failed(Throwable error) {
        stopped();
        if (error instanceof CancellationException) {
            outcome.set(texts.get("export.cancelled"));
            phase.set(Phase.CANCELLED);
            status.accept(texts.get("export.cancelled"));
            return;
        }
        outcome.set(texts.get("export.failed"));
        phase.set(Phase.FAILED);
        dialogs.showError(texts.get("export.failed"), error instanceof TargetNotWritableException refused
                ? refused.describe(texts.locale())
                : texts.get("export.failedMessage", String.valueOf(error.getMessage())));
    }

    private void stopped() {
        progress.unbind();
        running = null;
    }

    /** Stops the running export at the next poster; it ends as {@link Phase#CANCELLED} with no file left. */
    public void cancel() {
        if (running != null) {
            running.requestCancel();
            outcome.set(texts.get("export.cancelling"));
        }
    }

    /** Shows the folder the last export wrote to in the desktop's file manager. */
    public void openFolder() {
        if (resultFolder != null) {
            opener.open(resultFolder);
        }
    }

    public ExportOptionsViewModel options() {
        return options;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public Phase phase() {
        return phase.get();
    }

    /** 0 to 1 while running; -1 before the first poster is done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    /** The warnings of the last export as sentences for the user. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
