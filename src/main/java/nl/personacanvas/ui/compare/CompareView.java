package nl.personacanvas.ui.compare;

import nl.personacanvas.ui.LeftToRight;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.merge.PersonaComparison.ComparedEntry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.canvas.QuadrantTexts;

/**
 * One column per persona, one grid row per quadrant, so the same quadrant of every persona starts at the
 * same height and the columns scroll together. Entries addressing the same matrix item carry the same
 * numbered colour tag; hovering an entry lights up its twins. Double-click an entry to edit it. The cards
 * themselves are {@link CompareCards}, the bar above {@link CompareToolbar}, the key under the rows {@link CompareKey},
 * the quadrants' bands {@link QuadrantTitles}.
 */
public final class CompareView extends BorderPane {
    private static final double COLUMN_WIDTH = 260;
    /**
     * The narrowest a column gets before the rows scroll sideways: a card's text still about 25 characters a line. Five
     * columns fit a 1366 px screen's room at 232 px each; at 260 px each they scrolled (session 19, ux19b).
     */
    static final double READABLE_COLUMN_WIDTH = 200;

    private final CompareViewModel viewModel;
    private final Messages messages;
    private final CompareCards cards;
    private final GridPane grid = new GridPane();
    private final ColumnHeads heads;
    private final QuadrantTitles titles;
    private final CompareKey key;
    private final CompareToolbar toolbar;

    /** What the toolbar's buttons do; the window runs them. */
    public interface Actions {
        void exportPdf();

        void exportPng();

        void addFromOtherFile();
    }

    public CompareView(CompareViewModel viewModel, Messages messages, ViewExporter exporter, Actions actions) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.cards = new CompareCards(viewModel, messages);
        setId("compare-view");
        getStyleClass().add("compare-view");
        this.key = new CompareKey(messages);
        this.toolbar = new CompareToolbar(viewModel, messages);
        setTop(toolbar.node(exporter, actions));
        grid.setId("compare-grid");
        grid.getStyleClass().add("compare-grid");
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(6, 12, 12, 12));
        // The key after the rows, as in the PDF: one scroll for both, the grid alone for the PNG.
        ScrollPane scroll = new ScrollPane(new VBox(grid, key.node()));
        scroll.setId("compare-scroll");
        scroll.setFitToWidth(true);
        // A Tab stop of its own: with the keyboard alone the rows past the first screen (Houding, the key) were out of
        // reach, as no card takes the focus. Focused, the arrow keys, Page Up/Down, Home and End scroll it.
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(messages.get("compare.rows.accessible"));
        heads = new ColumnHeads(grid, scroll);
        titles = new QuadrantTitles(grid, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setCenter(new VBox(heads, scroll));
        viewModel.comparisonProperty().addListener((obs, was, now) -> rebuild());
        viewModel.quadrantFilterProperty().addListener((obs, was, now) -> rebuild());
        // With no comparison yet, the grid says whether one is on its way or there is nothing to compare.
        viewModel.computingProperty().addListener((obs, was, now) -> {
            if (viewModel.comparisonProperty().get() == null) {
                rebuild();
            }
        });
        rebuild();
    }

    /** The window width at which {@code personas} columns stand side by side without scrolling sideways. */
    static double widthFor(int personas) {
        double gaps = 12;
        double paddingAndScrollBar = 2 * 12 + 20;
        return personas * (COLUMN_WIDTH + gaps) + paddingAndScrollBar;
    }

    /** Shows the user a message in this window, such as why a text typed into an entry was cut. */
    public void say(String text) {
        toolbar.say(text);
    }

    /** The rows' grid: with {@link #heads()} above it, what the PNG export shows. */
    public GridPane content() {
        return grid;
    }

    /** The column heads, laid out at the rows' width and kept above them while the rows scroll. */
    public GridPane heads() {
        return heads.grid();
    }

    /** The column heads above the rows, both whole whatever is scrolled into view: the PNG export (on the FX thread). */
    public BufferedImage picture() {
        return titles.unshifted(() -> NodeImages.picture(heads.grid(), grid));
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        cards.clear();
        titles.clear();
        key.clear();
        // The heads first: before the first comparison is in they already name whose columns are coming.
        List<CompareViewModel.Head> columns = viewModel.heads();
        List<VBox> columnHeads = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnConstraints cc = new ColumnConstraints(READABLE_COLUMN_WIDTH, COLUMN_WIDTH,
                    Double.MAX_VALUE);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            columnHeads.add(head(columns.get(c), c));
        }
        heads.show(columnHeads, grid.getColumnConstraints());
        PersonaComparison comparison = viewModel.comparisonProperty().get();
        if (comparison == null) {
            Label empty = new Label(messages.get(viewModel.computingProperty().get() ? "compare.computing"
                    : "compare.nothing"));
            empty.setId("compare-empty");
            grid.add(empty, 0, 0, Math.max(1, columns.size()), 1);
            return;
        }
        List<Persona> personas = viewModel.personas();
        key.fill(comparison);
        ItemNames names = ItemNames.of(messages, comparison);
        int row = 0;
        for (Quadrant q : viewModel.visibleQuadrants()) {
            grid.add(titles.band(q, quadrantTitle(q)), 0, row++, personas.size(), 1);
            PersonaComparison.QuadrantRow qr = comparison.row(q);
            for (int c = 0; c < personas.size(); c++) {
                grid.add(column(personas.get(c), c, q, qr.columns().get(c), names), c, row);
            }
            row++;
        }
    }

    private VBox head(CompareViewModel.Head column, int c) {
        Label name = new Label(LeftToRight.line(column.name()));
        name.setId("compare-persona-" + c);
        name.getStyleClass().add("compare-persona");
        Label activity = new Label(column.activity() == null ? ""
                : column.coded() ? ActivityTitles.title(column.activity(), messages) : column.activity().name());
        activity.getStyleClass().add("compare-activity");
        activity.setWrapText(true);
        VBox head = new VBox(2, name, activity);
        if (!column.otherFile().isEmpty()) {
            Label from = new Label(messages.get("compare.fromFile", column.otherFile()));
            from.setId("compare-source-" + c);
            from.getStyleClass().add("compare-source");
            from.setWrapText(true);
            head.getChildren().add(from);
        }
        return head;
    }

    private VBox column(Persona persona, int column, Quadrant quadrant, List<ComparedEntry> entries,
                        ItemNames names) {
        VBox cell = new VBox(6);
        cell.getStyleClass().add("compare-cell");
        cell.setId("compare-cell-" + column + "-" + quadrant.name().toLowerCase());
        if (entries.isEmpty()) {
            Label none = new Label(messages.get("compare.none"));
            none.getStyleClass().add("compare-none");
            cell.getChildren().add(none);
        }
        for (ComparedEntry e : entries) {
            cell.getChildren().add(cards.card(persona, e, viewModel.isEditable(column), names));
        }
        List<MatrixItem> missing = viewModel.missingHere(column, quadrant);
        if (!missing.isEmpty()) {
            Label mark = new Label(messages.get("compare.missing", missing.stream().map(names::nameWithWords)
                    .collect(Collectors.joining(", "))));
            mark.setId("compare-missing-" + column + "-" + quadrant.name().toLowerCase());
            mark.getStyleClass().add("compare-missing");
            mark.setWrapText(true);
            mark.setTooltip(new Tooltip(missing.stream().map(names::nameWithWords)
                    .collect(Collectors.joining("\n"))));
            cell.getChildren().add(mark);
        }
        return cell;
    }

    private String quadrantTitle(Quadrant q) {
        return QuadrantTexts.title(messages, q);
    }
}
