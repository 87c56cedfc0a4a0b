package nl.personacanvas.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison.ComparedEntry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.pdf.ComparisonPalette;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.GrowingTextArea;
import nl.personacanvas.ui.controls.TextDirection;

/**
 * The comparison's entry cards: an entry's text with the numbered colour tags of its twin groups and the matrix
 * items it addresses. Hovering a card lights up its twins; double-clicking an entry of the open workbook edits it
 * in place.
 */
final class CompareCards {
    private static final PseudoClass TWIN = PseudoClass.getPseudoClass("twin");

    private final CompareViewModel viewModel;
    private final Messages messages;
    /** The cards per twin group of the comparison shown, for the hover highlight. */
    private final Map<Integer, List<Node>> twinCards = new HashMap<>();

    CompareCards(CompareViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Forgets the cards made so far: the grid is built anew. */
    void clear() {
        twinCards.clear();
    }

    /** The entry's card, its elements named by {@code names} (with their activity when the comparison has several). */
    Node card(Persona persona, ComparedEntry compared, boolean editable, ItemNames names) {
        Label text = new Label(compared.entry().text());
        text.setWrapText(true);
        text.getStyleClass().add("compare-entry-text");
        // As on the canvas: an entry that starts in Arabic or Hebrew reads from the right, across the card's width.
        text.setMaxWidth(Double.MAX_VALUE);
        text.setNodeOrientation(direction(compared.entry().text()));
        FlowPane tags = new FlowPane(4, 2);
        for (Integer group : compared.twinGroups()) {
            // Numbered from 1 as in the command line's table.
            Label tag = new Label(String.valueOf(group + 1));
            tag.getStyleClass().add("compare-twin-tag");
            tag.setStyle("-fx-background-color: " + ComparisonPalette.twinHex(group) + ";");
            tags.getChildren().add(tag);
        }
        compared.items().forEach((id, coverage) -> {
            MatrixItem matrixItem = viewModel.comparisonProperty().get().item(id);
            Label item = new Label(names.name(matrixItem) + (coverage == Coverage.MATCHED ? "*" : ""));
            item.setTooltip(new Tooltip(names.nameWithWords(matrixItem) + "\n"
                    + messages.get(coverage == Coverage.MATCHED ? "coverage.matched" : "coverage.linked")));
            item.getStyleClass().add("compare-item");
            tags.getChildren().add(item);
        });
        VBox card = new VBox(2, text, tags);
        card.getStyleClass().add("compare-entry");
        if (!editable) {
            card.getStyleClass().add("compare-entry-readonly");
        }
        card.setId("compare-entry-" + compared.entry().id());
        if (!compared.twinGroups().isEmpty()) {
            card.setStyle("-fx-border-color: transparent transparent transparent "
                    + ComparisonPalette.twinHex(compared.twinGroups().get(0)) + ";");
        }
        for (Integer group : compared.twinGroups()) {
            twinCards.computeIfAbsent(group, g -> new ArrayList<>()).add(card);
        }
        card.setOnMouseEntered(e -> highlight(compared.twinGroups(), true));
        card.setOnMouseExited(e -> highlight(compared.twinGroups(), false));
        card.setOnMouseClicked(e -> {
            // Entries of personas from other files are read-only: undo only covers the open workbook.
            if (e.getClickCount() == 2 && editable) {
                edit(card, text, persona, compared);
            }
        });
        return card;
    }

    private static NodeOrientation direction(String text) {
        return TextDirection.isRightToLeft(text) ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    private void highlight(List<Integer> groups, boolean on) {
        for (Integer g : groups) {
            for (Node n : twinCards.getOrDefault(g, List.of())) {
                n.pseudoClassStateChanged(TWIN, on);
            }
        }
    }

    /**
     * Edits the entry in place: a wrapping area as wide as the card, the caret at the text's end, the note one paragraph
     * as in the canvas; Enter or leaving the area keeps the text, Escape drops the edit. A one-line field showed a
     * longer note's first few words only, the caret before them (session 19's review).
     */
    private void edit(VBox card, Label text, Persona persona, ComparedEntry compared) {
        GrowingTextArea field = new GrowingTextArea();
        field.setText(compared.entry().text());
        field.setId("compare-edit");
        field.followTextDirection();
        int index = card.getChildren().indexOf(text);
        card.getChildren().set(index, field);
        Runnable commit = () -> viewModel.editEntry(persona.id(), compared.entry().id(), field.getText());
        // Before the one-paragraph rule's own filter, which consumes Enter.
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit.run();
            }
        });
        field.keepOneParagraph();
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // Ends the edit only: the window's own Escape (close) must not see it.
                e.consume();
                card.getChildren().set(index, text);
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && card.getChildren().contains(field)) {
                commit.run();
            }
        });
        field.requestFocus();
        field.end();
    }
}
