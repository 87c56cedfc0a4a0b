package nl.personacanvas.ui.compare;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.QuadrantTexts;

/**
 * The comparison's bar above the rows: the quadrant filter, Add persona from file…, the exports, what is under way,
 * the window's own message line and the legend under it.
 */
final class CompareToolbar {
    private final CompareViewModel viewModel;
    private final Messages messages;
    /** Why a text typed into an entry was cut (the status bar that says so is the main window's, behind this one). */
    private final Label message = new Label();

    CompareToolbar(CompareViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Shows the user a message in the window, such as why a text typed into an entry was cut. */
    void say(String text) {
        message.setText(text);
    }

    Node node(ViewExporter exporter, CompareView.Actions actions) {
        ComboBox<Quadrant> filter = new ComboBox<>(FXCollections.observableArrayList());
        filter.getItems().add(null);
        filter.getItems().addAll(Quadrant.values());
        filter.setId("compare-filter");
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quadrant q) {
                return q == null ? messages.get("compare.filter.all") : QuadrantTexts.title(messages, q);
            }

            @Override
            public Quadrant fromString(String s) {
                return null;
            }
        });
        filter.valueProperty().bindBidirectional(viewModel.quadrantFilterProperty());
        Button add = new Button(messages.get("compare.addFromFile"));
        add.setId("compare-add-file");
        add.setOnAction(e -> actions.addFromOtherFile());
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(viewModel::isFull,
                viewModel.comparisonProperty()));
        Button pdf = new Button(messages.get("compare.export.pdf"));
        pdf.setId("compare-export-pdf");
        pdf.setOnAction(e -> actions.exportPdf());
        Button png = new Button(messages.get("compare.export.png"));
        png.setId("compare-export-png");
        png.setOnAction(e -> actions.exportPng());
        // While the comparison is recomputed the grid still shows the previous one: exporting waits for the new one.
        // With nothing to compare there is nothing to export (Pdf… did nothing, PNG… saved "Niets te vergelijken").
        javafx.beans.binding.BooleanBinding waiting = exporter.runningProperty().or(viewModel.computingProperty())
                .or(viewModel.comparisonProperty().isNull());
        pdf.disableProperty().bind(waiting);
        png.disableProperty().bind(waiting);
        ProgressIndicator computing = new ProgressIndicator();
        computing.setId("compare-computing");
        computing.setPrefSize(14, 14);
        computing.setAccessibleText(messages.get("compare.computing"));
        computing.setTooltip(new Tooltip(messages.get("compare.computing")));
        computing.visibleProperty().bind(viewModel.computingProperty());
        computing.managedProperty().bind(computing.visibleProperty());
        Label filterLabel = new Label(messages.get("compare.filter"));
        // In a narrow window the bar wraps instead of cutting its words to "Kwa…" and both export buttons to "…".
        for (javafx.scene.control.Control named : List.of(filterLabel, add, pdf, png)) {
            named.setMinWidth(Region.USE_PREF_SIZE);
        }
        message.setId("compare-message");
        message.getStyleClass().add("compare-legend");
        message.setWrapText(true);
        FlowPane bar = new FlowPane(8, 4, filterLabel, filter, add, pdf, png, computing, ExportStatus.of(exporter),
                message);
        bar.setId("compare-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        Label legend = new Label(messages.get("compare.legend"));
        legend.getStyleClass().add("compare-legend");
        legend.setWrapText(true);
        VBox top = new VBox(4, bar, legend);
        top.setPadding(new Insets(8, 12, 0, 12));
        return top;
    }
}
