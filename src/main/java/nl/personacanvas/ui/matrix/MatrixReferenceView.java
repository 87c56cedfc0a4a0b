package nl.personacanvas.ui.matrix;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.ui.Messages;

/** The matrix reference beside the canvas; element chips open a popover with the element's details. */
public final class MatrixReferenceView extends ScrollPane {
    private final Messages messages;
    /**
     * The elements one under another, each wrapping: in a flow, the longest's whole width was the panel's least, and
     * in the side panel of a 1024 px window every text of the panel ran past its right edge (session 28).
     */
    private final VBox cellChips = new VBox(2);

    public MatrixReferenceView(MatrixReferenceViewModel viewModel) {
        this.messages = viewModel.messages();
        setId("matrix-reference");
        getStyleClass().add("matrix-reference");
        setFitToWidth(true);
        // Everything here wraps to the panel's width; in a narrow panel a horizontal bar appeared for a few pixels.
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label activity = text("matrix-activity", "matrix-activity");
        activity.textProperty().bind(viewModel.activityTitleProperty());
        Label cellTitle = text("matrix-cell-title", "matrix-row-title");
        cellTitle.textProperty().bind(viewModel.cellTitleProperty());
        Label cell = text("matrix-cell", "matrix-cell");
        cell.textProperty().bind(viewModel.cellTextProperty());

        Label professionalTitle = text("matrix-professional-title", "matrix-row-title");
        professionalTitle.setText(viewModel.professionalTitle());
        Label professional = text("matrix-professional", "matrix-cell");
        professional.setText(viewModel.professionalText());
        VBox professionalChips = new VBox(2);
        professionalChips.getChildren().setAll(chips(viewModel.professionalElements()));

        Label attitudesTitle = text("matrix-attitudes-title", "matrix-row-title");
        attitudesTitle.setText(viewModel.attitudesTitle());
        Label attitudes = text("matrix-attitudes", "matrix-cell");
        attitudes.textProperty().bind(viewModel.attitudesTextProperty());
        Label attitudesGloss = text("matrix-attitudes-gloss", "matrix-language-note");
        attitudesGloss.textProperty().bind(viewModel.attitudesGlossProperty());
        attitudesGloss.visibleProperty().bind(viewModel.attitudesGlossProperty().isNotEmpty());
        attitudesGloss.managedProperty().bind(attitudesGloss.visibleProperty());

        viewModel.cellElements().addListener((ListChangeListener<MatrixElement>) c ->
                cellChips.getChildren().setAll(chips(viewModel.cellElements())));
        cellChips.getChildren().setAll(chips(viewModel.cellElements()));

        VBox content = new VBox(8, activity, MatrixLanguageNote.label("matrix-language-note", messages), cellTitle,
                cell, cellChips, professionalTitle, professional, professionalChips, attitudesTitle, attitudes,
                attitudesGloss);
        content.setPadding(new Insets(10));
        setContent(content);
    }

    private static Label text(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    private List<Hyperlink> chips(List<MatrixElement> elements) {
        return elements.stream().map(e -> {
            Hyperlink chip = new Hyperlink(e.label());
            chip.setWrapText(true);
            chip.getStyleClass().add("element-chip");
            chip.setAccessibleText(messages.get("matrix.element.accessible", e.label()));
            chip.setOnAction(ev -> details(e).show(chip));
            return chip;
        }).toList();
    }

    private PopOver details(MatrixElement element) {
        Label id = new Label(element.id());
        id.getStyleClass().add("muted");
        Label excerpt = new Label("“" + element.excerpt() + "”");
        excerpt.setWrapText(true);
        excerpt.setMaxWidth(320);
        VBox box = new VBox(4, new Label(element.label()), excerpt, id);
        box.setPadding(new Insets(10));
        PopOver pop = new PopOver(box);
        pop.setArrowLocation(PopOver.ArrowLocation.RIGHT_TOP);
        pop.setDetachable(false);
        return pop;
    }
}
