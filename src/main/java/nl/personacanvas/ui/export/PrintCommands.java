package nl.personacanvas.ui.export;

import java.awt.print.PageFormat;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.RenderedPdf;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.TaskExecutor;

/**
 * Page setup and printing, with the system's dialogs shown off the FX thread. The page setup is kept
 * for the window's lifetime and applies to every later print. A document is only touched while holding
 * its lock, so the preview never renders a page while the same document is being printed.
 */
public final class PrintCommands {
    private final PrintService printing;
    private final PdfEngine engine;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final ExportTexts texts;
    private final Consumer<String> status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private volatile Optional<PageFormat> pageSetup = Optional.empty();

    public PrintCommands(ExportServices services, DialogService dialogs, TaskExecutor executor, ExportTexts texts,
                         Consumer<String> status) {
        this.printing = services.printing();
        this.engine = services.engine();
        this.dialogs = dialogs;
        this.executor = executor;
        this.texts = texts;
        this.status = status;
    }

    /** Shows the page setup dialog; its paper and margins are used from then on. */
    public void pageSetup() {
        run(new Task<Optional<PageFormat>>() {
            @Override
            protected Optional<PageFormat> call() {
                return printing.hasPrinter() ? printing.pageSetup(pageSetup) : null;
            }
        }, chosen -> chosen.ifPresent(f -> pageSetup = Optional.of(f)));
    }

    /** Prints a document the caller keeps open (the preview's). */
    public void print(RenderedPdf pdf, String jobName) {
        run(new Task<PrintService.Outcome>() {
            @Override
            protected PrintService.Outcome call() throws Exception {
                if (!printing.hasPrinter()) {
                    return null;
                }
                synchronized (pdf) {
                    return printing.print(pdf.document(), jobName, pageSetup);
                }
            }
        }, this::printed);
    }

    /** Builds the export described by {@code request} and prints it, without a preview. */
    public void print(ExportRequest request, String jobName) {
        run(new Task<PrintService.Outcome>() {
            @Override
            protected PrintService.Outcome call() throws Exception {
                if (!printing.hasPrinter()) {
                    return null;
                }
                try (RenderedPdf pdf = engine.render(request, ExportMonitor.none())) {
                    return printing.print(pdf.document(), jobName, pageSetup);
                }
            }
        }, this::printed);
    }

    private void printed(PrintService.Outcome outcome) {
        status.accept(texts.get(outcome == PrintService.Outcome.PRINTED ? "print.done" : "print.cancelled"));
    }

    /** A null result means there was no printer to ask. */
    private <T> void run(Task<T> task, Consumer<T> onDone) {
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            if (task.getValue() == null) {
                dialogs.showError(texts.get("print.title"), texts.get("print.noPrinter"));
            } else {
                onDone.accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            busy.set(false);
            dialogs.showError(texts.get("print.title"),
                    texts.get("print.failed", String.valueOf(task.getException().getMessage())));
        });
        executor.execute(task);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Optional<PageFormat> currentPageSetup() {
        return pageSetup;
    }
}
