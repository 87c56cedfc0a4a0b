package nl.personacanvas.ui.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.personacanvas.check.Placement;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.AppStylesheet;
import nl.personacanvas.ui.DialogButtons;
import nl.personacanvas.ui.controls.WholeHeaders;
import nl.personacanvas.ui.DialogWidth;
import nl.personacanvas.ui.EnterConfirms;
import nl.personacanvas.ui.EscapeCancels;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.TextLimits;
import nl.personacanvas.ui.canvas.ActivityTitles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One dialog for sorting loose statements: paste or open them, pick the activity, let the checker
 * propose, change any placement in the table, accept.
 */
public final class SortStatementsDialog extends Dialog<Integer> {
    private final SortStatementsViewModel viewModel;

    /** @param chooseFile asks for a .txt or .csv file */
    public SortStatementsDialog(SortStatementsViewModel viewModel, Messages messages, Window owner,
                                Supplier<Optional<Path>> chooseFile) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(messages.get("sort.title"));
        setHeaderText(messages.get("sort.header"));
        setResizable(true);
        getDialogPane().setId("sort-dialog");
        DialogWidth.fitContent(getDialogPane());

        ComboBox<CoreActivity> activity = new ComboBox<>(viewModel.activities());
        activity.setId("sort-activity");
        activity.setAccessibleText(messages.get("sort.activity"));
        activity.setCellFactory(list -> new ActivityCell(messages));
        activity.setButtonCell(new ActivityCell(messages));
        activity.valueProperty().bindBidirectional(viewModel.activityProperty());
        Label activityLabel = new Label(messages.get("sort.activity"));
        activityLabel.setLabelFor(activity);
        activityLabel.setMinWidth(Region.USE_PREF_SIZE);
        activity.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(activity, Priority.ALWAYS);

        Button open = new Button(messages.get("sort.open"), new FontIcon(Material2AL.FOLDER_OPEN));
        open.setId("sort-open");
        open.setOnAction(e -> chooseFile.get().ifPresent(viewModel::load));
        open.setMinWidth(Region.USE_PREF_SIZE);

        TextArea input = new TextArea();
        input.setId("sort-input");
        input.setPromptText(messages.get("sort.input.prompt"));
        input.setAccessibleText(messages.get("sort.input.prompt"));
        input.setPrefRowCount(INPUT_ROWS);
        // It keeps its rows when the dialog is short: the table gives up height instead. At 600 px the content's
        // children shrank alike and the input was squeezed to about one line (session 25's walk).
        input.setMinHeight(Region.USE_PREF_SIZE);
        input.textProperty().bindBidirectional(viewModel.inputProperty());

        Button run = new Button(messages.get("sort.run"), new FontIcon(Material2MZ.PLAY_ARROW));
        run.setId("sort-run");
        run.setDefaultButton(false);
        run.disableProperty().bind(viewModel.busyProperty().or(viewModel.inputProperty().isEmpty()));
        run.setOnAction(e -> viewModel.sort());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Label problem = new Label();
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("danger");

        HBox top = new HBox(8, activityLabel, activity, open);
        top.setAlignment(Pos.CENTER_LEFT);
        // Each line becomes a sticky note: a line longer than a note holds is cut while pasting, and said so here.
        Label limit = new Label();
        limit.setId("sort-limit");
        limit.setWrapText(true);
        new TextLimits(messages, limit::setText).limit(input);
        // Statements of a file that the input held already (the same file opened twice): said, not added again.
        Label notice = new Label();
        notice.setId("sort-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(viewModel.noticeProperty());
        HBox actions = new HBox(8, run, busy, problem, notice, limit);
        actions.setAlignment(Pos.CENTER_LEFT);

        // Statements last in another persona's dialog: said above them, before anything is added to this one.
        Label origin = new Label();
        origin.setId("sort-origin");
        origin.setWrapText(true);
        origin.textProperty().bind(viewModel.originProperty());
        origin.visibleProperty().bind(viewModel.originProperty().isNotEmpty());
        origin.managedProperty().bind(origin.visibleProperty());

        TableView<SortRow> table = table(messages);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox content = new VBox(8, top, origin, input, actions, table);
        content.setPrefSize(860, 600);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.localise(getDialogPane(), messages);
        EnterConfirms.install(getDialogPane());
        EscapeCancels.install(getDialogPane());
        AppStylesheet.applyTo(getDialogPane());
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("sort-accept");
        // Named by what it does, as the export's Exporteren…: "OK" left open whether the statements went onto the canvas.
        DialogButtons.name(getDialogPane(), ButtonType.OK, messages.get("sort.accept"));
        ok.disableProperty().bind(Bindings.isEmpty(viewModel.rows()).or(viewModel.busyProperty()));
        setResultConverter(button -> button == ButtonType.OK ? viewModel.accept() : null);
        fitScreen(getDialogPane(), ScreenRoom.visualBoundsOf(owner));
        // The keyboard starts where the statements go, so Ctrl+V pastes them at once. Left to the dialog, it went
        // to Annuleren (OK is disabled until there is a proposal). Later: the dialog focuses its buttons on shown.
        setOnShown(e -> Platform.runLater(input::requestFocus));
    }

    /** The lines the statements' input shows, whatever the screen: enough to see a pasted list as a list. */
    static final int INPUT_ROWS = 5;

    /** The least height of the dialog's content: the input, its buttons and a few rows of the proposal. */
    private static final double MIN_CONTENT = 320;

    /**
     * The proposal's table gives up height where the whole dialog would be taller than the screen allows
     * ({@link ScreenRoom}): at 1024 × 600 the dialog opened 722 px tall, centred at y = -61, its header above the
     * screen and its buttons ("Toevoegen aan canvas", "Annuleren") below it (session 25).
     */
    static void fitScreen(DialogPane pane, Rectangle2D screen) {
        Region content = (Region) pane.getContent();
        pane.applyCss();
        double wanted = pane.prefHeight(-1);
        double room = ScreenRoom.fit(0, wanted, screen).getHeight();
        if (wanted > room) {
            content.setPrefHeight(Math.max(MIN_CONTENT, content.getPrefHeight() - (wanted - room)));
        }
    }

    private TableView<SortRow> table(Messages messages) {
        TableView<SortRow> table = new TableView<>(viewModel.rows());
        table.setId("sort-table");
        table.setEditable(true);
        table.setPlaceholder(new Label(messages.get("sort.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<SortRow, Boolean> include = new TableColumn<>(messages.get("sort.column.include"));
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(90);

        TableColumn<SortRow, String> text = new TableColumn<>(messages.get("sort.column.statement"));
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        // A statement is what the user decides on: it wraps (the row grows) instead of ending in "…".
        text.setCellFactory(c -> new StatementCell());
        text.setPrefWidth(340);

        TableColumn<SortRow, SortRow> placement = new TableColumn<>(messages.get("sort.column.placement"));
        placement.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        placement.setCellFactory(c -> new PlacementCell());
        // Wide enough for the longest choice, "Organiseren & Communiceren", with the box's arrow.
        placement.setPrefWidth(270);
        placement.setMinWidth(270);

        TableColumn<SortRow, String> proposal = new TableColumn<>(messages.get("sort.column.proposal"));
        proposal.setCellValueFactory(c -> new ReadOnlyStringWrapper(viewModel.proposalText(c.getValue())));
        proposal.setPrefWidth(140);

        table.getColumns().addAll(List.of(include, text, placement, proposal));
        WholeHeaders.keep(table);
        return table;
    }

    private static final class StatementCell extends TableCell<SortRow, String> {
        StatementCell() {
            setWrapText(true);
        }

        /**
         * The row asks its cells for their height without a width, and a wrapping label then answers for one or two
         * lines whatever the text; the last line ended in "…". Measured here at the column's width instead.
         */
        @Override
        protected double computePrefHeight(double width) {
            double fallback = super.computePrefHeight(width);
            if (getText() == null || getTableColumn() == null) {
                return fallback;
            }
            double textWidth = (width > 0 ? width : getTableColumn().getWidth()) - snappedLeftInset() - snappedRightInset();
            javafx.scene.text.Text measure = new javafx.scene.text.Text(getText());
            measure.setFont(getFont());
            measure.setLineSpacing(getLineSpacing());
            measure.setWrappingWidth(Math.max(1, textWidth));
            return Math.max(fallback, Math.ceil(measure.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset());
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** A combo box in every row, bound to the row's placement. */
    private final class PlacementCell extends TableCell<SortRow, SortRow> {
        private final ComboBox<Placement> combo = new ComboBox<>();
        private SortRow bound;

        PlacementCell() {
            combo.getItems().setAll(Placement.values());
            combo.setCellFactory(list -> new PlacementName());
            combo.setButtonCell(new PlacementName());
            combo.setMaxWidth(Double.MAX_VALUE);
            combo.getStyleClass().add("sort-placement");
        }

        @Override
        protected void updateItem(SortRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                combo.valueProperty().unbindBidirectional(bound.placementProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
            } else {
                combo.valueProperty().bindBidirectional(row.placementProperty());
                combo.setAccessibleText(row.text());
                bound = row;
                setGraphic(combo);
            }
        }
    }

    private final class PlacementName extends ListCell<Placement> {
        @Override
        protected void updateItem(Placement item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : viewModel.placementName(item));
        }
    }

    private static final class ActivityCell extends ListCell<CoreActivity> {
        private final Messages messages;

        ActivityCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(CoreActivity item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : ActivityTitles.title(item, messages));
        }
    }
}
