package nl.personacanvas.ui.canvas;

import java.nio.file.Path;
import javafx.concurrent.Task;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Settings;
import nl.personacanvas.ui.TaskExecutor;

/** Lets the user pick a photo for the shown persona; reading and scaling it happen in the background. */
public final class PortraitPicker {
    private final CanvasViewModel canvas;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Settings settings;
    private final Messages messages;
    private final PortraitScaler scaler = new PortraitScaler();

    public PortraitPicker(CanvasViewModel canvas, DialogService dialogs, TaskExecutor executor, Settings settings,
                          Messages messages) {
        this.canvas = canvas;
        this.dialogs = dialogs;
        this.executor = executor;
        this.settings = settings;
        this.messages = messages;
    }

    public void choose() {
        String personaId = canvas.personaIdProperty().get();
        if (personaId == null) {
            return;
        }
        dialogs.chooseImage(settings.lastDirectory()).ifPresent(file -> load(personaId, file));
    }

    /** Scales {@code file} and, if the same persona is still shown, makes it the portrait. */
    public void load(String personaId, Path file) {
        Task<Portrait> task = new Task<>() {
            @Override
            protected Portrait call() throws Exception {
                return scaler.scale(file);
            }
        };
        task.setOnSucceeded(e -> canvas.setPortrait(personaId, task.getValue()));
        task.setOnFailed(e -> dialogs.showError(messages.get("error.image.title"),
                messages.get("error.image.message", file.getFileName(), String.valueOf(task.getException().getMessage()))));
        executor.execute(task);
    }

    public void remove() {
        String personaId = canvas.personaIdProperty().get();
        if (personaId != null) {
            canvas.setPortrait(personaId, null);
        }
    }
}
