package nl.personacanvas.ui.compare;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javax.imageio.ImageIO;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.pdf.TargetNotWritableException;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.MonitoredTask;
import nl.personacanvas.ui.UserFolders;

/**
 * Saves a view as PDF or PNG: asks for the file through the app's dialogs, writes in a background task
 * and tells how far it is and how it ended, for the window's progress bar and status line.
 */
public final class ViewExporter {

    /** Writes a PDF of the view to a file, reporting progress; the same code the command line runs. */
    @FunctionalInterface
    public interface PdfWriter {
        ExportResult write(Path target, ExportMonitor monitor) throws IOException;
    }

    private final AppServices services;
    private final Optional<Path> folder;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** @param folder where the file choosers start: the open workbook's folder, when it has one */
    public ViewExporter(AppServices services, Optional<Path> folder) {
        this.services = services;
        this.folder = folder;
    }

    public void exportPdf(String suggestedName, PdfWriter writer) {
        services.dialogs().choosePdfToSave(services.messages().get("compare.export.pdf.title"), start(), suggestedName)
                .ifPresent(target -> run(remembered(target), new PdfTask(writer, target)));
    }

    /**
     * {@code picture} takes the view's snapshot on the FX thread once a file is chosen; the image is encoded
     * and written in the background.
     */
    public void exportPng(String suggestedName, Supplier<BufferedImage> picture) {
        services.dialogs().choosePngToSave(services.messages().get("compare.export.png.title"), start(), suggestedName)
                .ifPresent(target -> run(remembered(target), pngTask(picture.get(), target)));
    }

    /** The folder the last file was chosen in, as the export dialog's chooser; else the workbook's folder. */
    private Optional<Path> start() {
        return services.settings().lastDirectory().filter(Files::isDirectory).or(() -> folder);
    }

    private Path remembered(Path target) {
        UserFolders.remember(services.settings(), target);
        return target;
    }

    private static Task<Void> pngTask(BufferedImage image, Path target) {
        return new Task<>() {
            @Override
            protected Void call() throws IOException {
                updateProgress(-1, 1);
                // Written beside the target and moved into place, so a failure leaves the old file whole.
                Path absolute = target.toAbsolutePath();
                Path tmp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
                try {
                    if (!ImageIO.write(image, "png", tmp.toFile())) {
                        throw new IOException("no PNG writer");
                    }
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
                return null;
            }
        };
    }

    private void run(Path target, Task<?> task) {
        progress.bind(task.progressProperty());
        running.set(true);
        status.set(services.messages().get("compare.export.running", target.getFileName()));
        task.setOnSucceeded(e -> finish(services.messages().get("compare.export.done", target)));
        task.setOnFailed(e -> {
            finish(services.messages().get("compare.export.failed", target.getFileName()));
            services.dialogs().showError(services.messages().get("compare.export.error.title"),
                    task.getException() instanceof TargetNotWritableException refused
                            ? refused.describe(services.messages().locale())
                            : services.messages().get("compare.export.error", target,
                                    String.valueOf(task.getException().getMessage())));
        });
        services.executor().execute(task);
    }

    private void finish(String message) {
        progress.unbind();
        progress.set(0);
        running.set(false);
        status.set(message);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Writes the view's PDF, the writer's progress the task's. */
    private static final class PdfTask extends MonitoredTask<ExportResult> {
        private final PdfWriter writer;
        private final Path target;

        PdfTask(PdfWriter writer, Path target) {
            this.writer = writer;
            this.target = target;
        }

        @Override
        protected ExportResult call() throws IOException {
            return writer.write(target, this);
        }
    }
}
