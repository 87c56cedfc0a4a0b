package nl.personacanvas.ui.check;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.QuadrantTexts;
import nl.personacanvas.ui.controls.PathIcon;
import nl.personacanvas.ui.matrix.MatrixLanguageNote;

/**
 * The check panel: the summary line, a coverage bar per quadrant with what is still missing in the
 * matrix's words, the attitudes and the professional row. Rebuilt from the view-model's lists.
 */
public final class CheckPanelView extends ScrollPane {
    private final CheckPanelViewModel viewModel;
    private final Messages messages;
    private final VBox coverageBox = new VBox(10);
    private final VBox attitudesBox = new VBox(4);
    private final VBox professionalBox = new VBox(4);

    /** @param sortStatements opens the dialog that sorts loose statements onto the canvas */
    public CheckPanelView(CheckPanelViewModel viewModel, Runnable sortStatements) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("check-panel");
        getStyleClass().add("check-panel");
        setFitToWidth(true);

        Label summary = new Label();
        summary.setId("check-summary");
        summary.getStyleClass().add("check-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(viewModel.checkingProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        HBox top = new HBox(6, summary, busy);

        Button sort = new Button(messages.get("check.sort"), new PathIcon(PathIcon.Glyph.LIST_ALT));
        sort.setId("check-sort");
        sort.setAccessibleText(messages.get("check.sort"));
        sort.setOnAction(e -> sortStatements.run());
        sort.disableProperty().bind(viewModel.personaShownProperty().not());

        VBox details = new VBox(12, heading("check.coverage"),
                MatrixLanguageNote.label("check-matrix-note", messages), coverageBox,
                heading("check.attitudes"), attitudesBox, heading("check.professional"), professionalBox);
        // Its headings come with the persona's report: empty, they looked like a canvas that covers nothing.
        details.visibleProperty().bind(viewModel.personaShownProperty().and(viewModel.reportProperty().isNotNull()));
        details.managedProperty().bind(details.visibleProperty());
        VBox content = new VBox(12, top, sort, details);
        content.setPadding(new Insets(10));
        setContent(content);

        viewModel.figures().coverage().addListener((ListChangeListener<CoverageRow>) c -> fillCoverage());
        ListChangeListener<String> attitudes = c -> fillAttitudes();
        viewModel.figures().attitudesPresent().addListener(attitudes);
        viewModel.figures().attitudesMissing().addListener(attitudes);
        ListChangeListener<String> professional = c -> fillProfessional();
        viewModel.figures().professionalCovered().addListener(professional);
        viewModel.figures().professionalMissing().addListener(professional);
        fillCoverage();
        fillAttitudes();
        fillProfessional();
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("check-heading");
        // The panel is about 230 px wide in a 1024 px window: "Professional (across all activities)" wraps, not cut.
        label.setWrapText(true);
        return label;
    }

    private void fillCoverage() {
        coverageBox.getChildren().clear();
        for (CoverageRow row : viewModel.figures().coverage()) {
            String title = QuadrantTexts.title(messages, row.quadrant());
            Label name = new Label(title);
            name.getStyleClass().add("coverage-title");
            // "Organiseren & Communiceren" was cut to "Organiseren & Communic…" in a 1024 px window.
            name.setWrapText(true);
            ProgressBar bar = new ProgressBar(row.fraction());
            bar.setId("coverage-bar-" + row.quadrant().key());
            bar.getStyleClass().addAll("coverage-bar", "coverage-" + row.quadrant().key());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.setAccessibleText(messages.get("check.coverage.accessible", title, row.figure()));
            HBox.setHgrow(bar, Priority.ALWAYS);
            Label figure = new Label(row.figure());
            figure.setId("coverage-figure-" + row.quadrant().key());
            figure.setMinWidth(Region.USE_PREF_SIZE);
            HBox barAndFigure = new HBox(6, bar, figure);
            // The bar is thinner than the figure's line: centred, the figure sits level with its bar, not below it.
            barAndFigure.setAlignment(Pos.CENTER_LEFT);
            VBox block = new VBox(3, name, barAndFigure);
            block.getChildren().addAll(items(row.missing(), "missing-element"));
            coverageBox.getChildren().add(block);
        }
    }

    private void fillAttitudes() {
        attitudesBox.getChildren().setAll(items(viewModel.figures().attitudesPresent(), "present-item"));
        attitudesBox.getChildren().addAll(items(viewModel.figures().attitudesMissing(), "missing-item"));
    }

    private void fillProfessional() {
        professionalBox.getChildren().setAll(items(viewModel.figures().professionalCovered(), "present-item"));
        professionalBox.getChildren().addAll(items(viewModel.figures().professionalMissing(), "missing-item"));
    }

    private List<Node> items(List<String> texts, String styleClass) {
        boolean present = styleClass.equals("present-item");
        return texts.stream().<Node>map(t -> {
            Label label = new Label(t);
            label.setWrapText(true);
            label.getStyleClass().add(styleClass);
            label.setAccessibleText(messages.get(present ? "check.present" : "check.missing", t));
            // The mark beside the first line: as the label's graphic it sat at the middle of a wrapped text, beside
            // its second line (session 28).
            HBox row = new HBox(4, new FontIcon(present ? Material2AL.CHECK : Material2AL.ADD_CIRCLE_OUTLINE), label);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add(styleClass + "-row");
            return row;
        }).toList();
    }
}
