package nl.personacanvas.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import nl.personacanvas.model.Workbook;

/**
 * Reads a workbook other than the window's (to import personas from, to compare with) in the background, through the
 * store the app opens files with; one that cannot be read is told in an error naming the file and why
 * ({@link ReadFailures}), and nothing else happens.
 */
public final class OtherWorkbookReader {
    private OtherWorkbookReader() {
    }

    /**
     * Reads {@code file} and hands it to {@code read} on the FX thread. {@code titleKey} is the error's title,
     * {@code unreadableKey} its sentence, given the file's name and the reason.
     */
    public static void read(AppServices services, Path file, Consumer<Workbook> read, String titleKey,
                            String unreadableKey) {
        Task<Workbook> load = new Task<>() {
            @Override
            protected Workbook call() throws Exception {
                return services.store().load(file);
            }
        };
        load.setOnSucceeded(e -> read.accept(load.getValue()));
        load.setOnFailed(e -> services.dialogs().showError(services.messages().get(titleKey),
                services.messages().get(unreadableKey, file.getFileName(),
                        ReadFailures.reason(services.messages(), load.getException()))));
        services.executor().execute(load);
    }
}
