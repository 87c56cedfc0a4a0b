package nl.personacanvas.ui.compare;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import nl.personacanvas.ui.OtherWorkbookReader;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.UserFolders;
import nl.personacanvas.ui.AppStylesheet;
import nl.personacanvas.ui.DialogButtons;
import nl.personacanvas.ui.EnterConfirms;

/**
 * "Add persona from file…" in the comparison: reads another workbook in the background through the same
 * store the app opens files with, then asks which of its personas to put beside the others.
 */
final class OtherWorkbooks {
    private final AppServices services;

    OtherWorkbooks(AppServices services) {
        this.services = services;
    }

    void chooseAndAdd(Window owner, CompareViewModel viewModel, Optional<Path> folder) {
        String title = services.messages().get("dialog.compareFrom.title");
        Optional<Path> start = Optional.of(UserFolders.lastOrBeside(services.settings(), folder.orElse(null)));
        services.dialogs().chooseWorkbookToOpen(title, start).ifPresent(file -> {
            UserFolders.remember(services.settings(), file);
            OtherWorkbookReader.read(services, file,
                    other -> choose(owner, viewModel, other, file.getFileName().toString()),
                    "compare.other.title", "compare.other.unreadable");
        });
    }

    private void choose(Window owner, CompareViewModel viewModel, Workbook other, String file) {
        if (other.personas().isEmpty()) {
            services.dialogs().showError(services.messages().get("compare.other.title"),
                    services.messages().get("compare.other.none", file));
            return;
        }
        OtherPersonaChoices choices = OtherPersonaChoices.of(other, services.messages());
        Dialog<Persona> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(services.messages().get("compare.other.title"));
        dialog.setHeaderText(services.messages().get("compare.other.header", file));
        dialog.getDialogPane().setId("compare-other-dialog");
        dialog.getDialogPane().setContent(choices.list());
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.localise(dialog.getDialogPane(), services.messages());
        EnterConfirms.install(dialog.getDialogPane());
        AppStylesheet.applyTo(dialog.getDialogPane());
        ChoiceListRoom.fit(choices.list(), choices.rows(), dialog.getDialogPane(), owner);
        dialog.setResultConverter(b -> b == ButtonType.OK ? choices.chosen() : null);
        // The keyboard starts on the chosen persona: the arrow keys move the choice, Enter takes it.
        dialog.setOnShown(e -> Platform.runLater(choices::focusChosen));
        dialog.showAndWait().ifPresent(p -> {
            if (!viewModel.addFromOtherFile(other, p, file)) {
                services.dialogs().showError(services.messages().get("compare.other.title"),
                        services.messages().get("compare.choose.count"));
            }
        });
    }
}
