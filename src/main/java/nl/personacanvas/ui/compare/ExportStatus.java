package nl.personacanvas.ui.compare;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** A progress bar while an export runs and a line saying how the last one ended. */
final class ExportStatus {

    private ExportStatus() {
    }

    static Node of(ViewExporter exporter) {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(exporter.progressProperty());
        bar.visibleProperty().bind(exporter.runningProperty());
        bar.managedProperty().bind(exporter.runningProperty());
        Label status = new Label();
        status.setId("export-status");
        status.getStyleClass().add("compare-legend");
        status.textProperty().bind(exporter.statusProperty());
        HBox box = new HBox(6, bar, status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
