package nl.personacanvas.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import nl.personacanvas.ui.ReadFailures;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.DialogButtons;
import nl.personacanvas.ui.canvas.Headlines;

/**
 * "Add persona from file…" in the comparison: reads another workbook in the background through the same
 * store the app opens files with, then asks which of its personas to put beside the others.
 */
final class OtherWorkbooks {
    private final AppServices services;

    OtherWorkbooks(AppServices services) {
        this.services = services;
    }

    /** A persona of the other file as the choice list shows it: name, role and file. */
    private record Choice(Persona persona, String file, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    void chooseAndAdd(Window owner, CompareViewModel viewModel, Optional<Path> folder) {
        String title = services.messages().get("dialog.compareFrom.title");
        services.dialogs().chooseWorkbookToOpen(title, folder).ifPresent(file -> {
            Task<Workbook> load = new Task<>() {
                @Override
                protected Workbook call() throws Exception {
                    return services.store().load(file);
                }
            };
            load.setOnSucceeded(e -> choose(owner, viewModel, load.getValue(), file.getFileName().toString()));
            load.setOnFailed(e -> services.dialogs().showError(services.messages().get("compare.other.title"),
                    services.messages().get("compare.other.unreadable", file.getFileName(),
                            ReadFailures.reason(services.messages(), load.getException()))));
            services.executor().execute(load);
        });
    }

    private void choose(Window owner, CompareViewModel viewModel, Workbook other, String file) {
        if (other.personas().isEmpty()) {
            services.dialogs().showError(services.messages().get("compare.other.title"),
                    services.messages().get("compare.other.none", file));
            return;
        }
        List<Choice> choices = other.personas().stream()
                .map(p -> new Choice(p, file, services.messages().get("compare.other.choice",
                        Headlines.shown(p), file)))
                .toList();
        ChoiceDialog<Choice> dialog = new ChoiceDialog<>(choices.get(0), choices);
        dialog.initOwner(owner);
        dialog.setTitle(services.messages().get("compare.other.title"));
        dialog.setHeaderText(services.messages().get("compare.other.header", file));
        dialog.getDialogPane().setId("compare-other-dialog");
        DialogButtons.localise(dialog.getDialogPane(), services.messages());
        dialog.showAndWait().ifPresent(c -> {
            if (!viewModel.addFromOtherFile(other, c.persona(), c.file())) {
                services.dialogs().showError(services.messages().get("compare.other.title"),
                        services.messages().get("compare.choose.count"));
            }
        });
    }
}
