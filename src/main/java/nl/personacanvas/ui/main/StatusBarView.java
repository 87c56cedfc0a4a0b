package nl.personacanvas.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.DeferredTooltip;

/** The window's status bar (ControlsFX): the last message on the left, the workbook's state on the right. */
final class StatusBarView extends StatusBar {

    StatusBarView(StatusBarViewModel viewModel, Messages messages) {
        setId("status-bar");
        getStyleClass().add("app-status-bar");
        textProperty().bind(viewModel.messageProperty());
        setAccessibleText(messages.get("statusbar.accessible"));
        progressProperty().bind(Bindings.when(viewModel.busyProperty()).then(-1.0).otherwise(0.0));

        Label check = item("status-check", viewModel.checkSummaryProperty(), messages.get("statusbar.check"));
        check.setMaxWidth(360);
        check.visibleProperty().bind(viewModel.checkSummaryProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());
        Label personas = item("status-personas", viewModel.personasProperty(), null);
        Label saved = item("status-saved", viewModel.savedProperty(), null);
        // The short items stay whole ("Persona'..." said nothing); the check summary and the path give way first.
        personas.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        Label file = item("status-file", viewModel.fileProperty(), messages.get("statusbar.file"));
        file.setMaxWidth(420);
        getRightItems().addAll(check, separator(), personas, separator(), saved, separator(), file);
    }

    /** A label a screen reader announces with what it stands for, cut off with its whole text as tooltip. */
    private static Label item(String id, ObservableStringValue text, String name) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        label.textProperty().bind(text);
        DeferredTooltip.install(label, text);
        if (name != null) {
            label.accessibleTextProperty().bind(Bindings.concat(name, ": ", text));
        }
        return label;
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("status-separator");
        return separator;
    }
}
