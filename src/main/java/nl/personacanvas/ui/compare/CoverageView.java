package nl.personacanvas.ui.compare;

import nl.personacanvas.ui.LeftToRight;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.RoleCompleteness;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.ActivityTitles;
import nl.personacanvas.ui.matrix.MatrixLanguageNote;

/**
 * The heatmap (personas × matrix items of one activity, attitudes as their own block, gaps in red) and
 * the team chart (how complete the team is per role, over all activities).
 */
public final class CoverageView extends VBox {
    private static final double CELL = 26;
    private final CoverageViewModel viewModel;
    private final Messages messages;
    private final ItemNames names;
    private final GridPane heatmap = new GridPane();
    private final VBox heatmapBox = new VBox(8);
    private final HeatmapKeys keys;
    private final BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis(0, 100, 20));

    /** What the export buttons do; the window runs them. */
    public interface Actions {
        void heatmapPdf();

        void heatmapPng();

        void teamPdf();

        void teamPng();
    }

    public CoverageView(CoverageViewModel viewModel, Messages messages, ViewExporter exporter, Actions actions) {
        super(12);
        this.viewModel = viewModel;
        this.messages = messages;
        this.names = ItemNames.of(messages);
        setId("coverage-view");
        getStyleClass().add("compare-view");
        setPadding(new Insets(12));
        ComboBox<String> activity = new ComboBox<>();
        activity.setId("coverage-activity");
        activity.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                TeamCoverage team = viewModel.teamProperty().get();
                return team == null ? "" : team.coreActivities().stream().filter(a -> a.id().equals(id))
                        .map(a -> ActivityTitles.title(a, messages)).findFirst().orElse("");
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        // A result may already be there (an executor that runs tasks at once) or arrive later.
        listActivities(activity);
        activity.valueProperty().bindBidirectional(viewModel.activityIdProperty());
        heatmap.setId("coverage-heatmap");
        heatmap.setHgap(2);
        heatmap.setVgap(2);
        heatmapBox.setId("coverage-heatmap-box");
        heatmapBox.getStyleClass().add("compare-grid");
        heatmapBox.getChildren().addAll(heatmap, legend());
        chart.setId("coverage-team-chart");
        chart.setTitle(messages.get("coverage.team.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getYAxis().setLabel(messages.get("coverage.team.axis"));
        chart.setPrefSize(640, 320);
        HBox exports = new HBox(8,
                button("coverage-heatmap-pdf", "coverage.export.heatmapPdf", actions::heatmapPdf, exporter),
                button("coverage-heatmap-png", "coverage.export.heatmapPng", actions::heatmapPng, exporter),
                button("coverage-team-pdf", "coverage.export.teamPdf", actions::teamPdf, exporter),
                button("coverage-team-png", "coverage.export.teamPng", actions::teamPng, exporter),
                computing(), ExportStatus.of(exporter));
        exports.setAlignment(Pos.CENTER_LEFT);
        // The choice narrows with the window, its name ending in "…" (the list shows it whole): as wide as the
        // longest activity's name it ran past the right edge of a 1024 px window (session 25).
        activity.setMinWidth(ACTIVITY_MIN_WIDTH);
        Label activityLabel = new Label(messages.get("coverage.activity"));
        activityLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox choice = new HBox(8, activityLabel, activity);
        choice.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, exports, choice, MatrixLanguageNote.label("coverage-matrix-note", messages));
        ScrollPane scroll = new ScrollPane(heatmapBox);
        // As tall as the heat map up to about a dozen personas, then it scrolls: a fixed 320 px left an empty
        // band above the chart for a small team.
        scroll.setMaxHeight(340);
        // Outside the heatmap's box, which is what its PNG shows.
        Label says = new Label();
        says.setId("coverage-cell-says");
        says.getStyleClass().add("compare-legend");
        says.setMinHeight(Region.USE_PREF_SIZE);
        keys = new HeatmapKeys(scroll, says, messages.get("coverage.keys.hint"));
        getChildren().addAll(top, scroll, says, chart);
        viewModel.teamProperty().addListener((obs, was, now) -> {
            listActivities(activity);
            rebuild();
        });
        viewModel.activityIdProperty().addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    private Button button(String id, String key, Runnable action, ViewExporter exporter) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        // The exports wait for the newest coverage: one computing still would export the previous one.
        button.disableProperty().bind(exporter.runningProperty().or(viewModel.computingProperty()));
        return button;
    }

    /** The choice lists the activities of the coverage shown; replaced only when they changed, keeping the choice. */
    private void listActivities(ComboBox<String> activity) {
        TeamCoverage team = viewModel.teamProperty().get();
        List<String> ids = team == null ? List.of() : team.coreActivities().stream().map(CoreActivity::id).toList();
        if (!activity.getItems().equals(ids)) {
            activity.getItems().setAll(ids);
        }
    }

    /** Shown while the coverage is computed in the background. */
    private Label computing() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        Label computing = new Label(messages.get("coverage.computing"), progress);
        computing.setId("coverage-computing");
        computing.visibleProperty().bind(viewModel.computingProperty());
        computing.managedProperty().bind(computing.visibleProperty());
        return computing;
    }

    public Node heatmapNode() {
        return heatmapBox;
    }

    public Node chartNode() {
        return chart;
    }

    private void rebuild() {
        boolean inGrid = keys.hasFocus();
        heatmap.getChildren().clear();
        CoverageMatrix matrix = viewModel.heatmap();
        keys.attach(matrix == null ? List.of() : fillHeatmap(matrix), inGrid);
        TeamCoverage team = viewModel.teamProperty().get();
        if (team != null) {
            fillChart(team);
        }
    }

    /** Fills the grid; returns its cells, one list per persona, for the keyboard. */
    private List<List<Label>> fillHeatmap(CoverageMatrix matrix) {
        Set<String> gaps = matrix.gaps().stream().map(MatrixItem::id).collect(Collectors.toSet());
        List<List<Label>> cells = new ArrayList<>();
        matrix.personas().forEach(p -> cells.add(new ArrayList<>()));
        int column = 1;
        for (CoverageMatrix.Block block : matrix.blocks()) {
            Label title = new Label(roleName(block.role()));
            title.getStyleClass().add("compare-quadrant-title");
            title.setMaxWidth(Double.MAX_VALUE);
            heatmap.add(title, column, 0, block.items().size(), 1);
            for (MatrixItem item : block.items()) {
                Label head = new Label(names.name(item));
                head.setRotate(-90);
                head.setMinHeight(Region.USE_PREF_SIZE);
                head.setTooltip(new Tooltip(names.nameWithWords(item)));
                head.getStyleClass().add(gaps.contains(item.id()) ? "coverage-gap-head" : "coverage-head");
                heatmap.add(new Group(head), column, 1);
                int row = 2;
                for (Persona p : matrix.personas()) {
                    Coverage c = matrix.coverage(p.id(), item.id());
                    Label cell = cell(c, CELL);
                    String says = p.name() + " – " + names.nameWithWords(item) + "\n" + coverageName(c);
                    cell.setTooltip(new Tooltip(says));
                    cell.setAccessibleText(says);
                    cells.get(row - 2).add(cell);
                    heatmap.add(cell, column, row++);
                }
                column++;
            }
            column++; // a gap between blocks keeps the roles apart
        }
        int row = 2;
        for (Persona p : matrix.personas()) {
            Label name = new Label(LeftToRight.line(p.name()));
            name.getStyleClass().add("coverage-persona");
            heatmap.add(name, 0, row++);
        }
        return cells;
    }

    private void fillChart(TeamCoverage team) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (RoleCompleteness r : team.completeness()) {
            series.getData().add(new XYChart.Data<>(roleName(r.role()) + "\n" + r.covered() + "/" + r.total(),
                    Math.round(r.fraction() * 100)));
        }
        chart.getData().setAll(series);
    }

    /** The least width of the activity's choice: a few words of its name. */
    private static final double ACTIVITY_MIN_WIDTH = 160;

    /** The key wraps at the heat map's width: in one row its last item ran past the right edge at 1024 px. */
    private Node legend() {
        FlowPane legend = new FlowPane(12, 4);
        legend.setId("coverage-legend");
        // Measured at the grid's width: at the pane's default 400 px its height counted a line or two more than it
        // took, an empty band under the heat map.
        legend.prefWrapLengthProperty().bind(heatmap.widthProperty());
        // The grid's width is known only inside a layout pass, and a request made then is lost: the key kept the
        // rows it had at width 0 (one item each, 66 px taller) until the first click moved the chart up (CI, session
        // 26). Asking again after the pass lays it out at once.
        heatmap.widthProperty().addListener((obs, was, now) -> Platform.runLater(legend::requestLayout));
        for (Coverage c : Coverage.values()) {
            HBox key = new HBox(4, cell(c, 16), new Label(coverageName(c)));
            key.setAlignment(Pos.CENTER_LEFT);
            legend.getChildren().add(key);
        }
        Label gap = new Label(messages.get("coverage.legend.gap"));
        gap.getStyleClass().add("coverage-gap-head");
        legend.getChildren().add(gap);
        return legend;
    }

    /**
     * A cell coloured <em>and</em> lettered by its coverage (L, A, –), as the heatmap PDF does: red against green
     * alone is lost on a colour-blind reader and on a black-and-white print of the PNG.
     */
    private Label cell(Coverage c, double size) {
        Label cell = new Label(messages.get(switch (c) {
            case LINKED -> "coverage.mark.LINKED";
            case MATCHED -> "coverage.mark.MATCHED";
            case MISSING -> "coverage.mark.MISSING";
            case NOT_EXPECTED -> "coverage.mark.NOT_EXPECTED";
        }));
        cell.setMinSize(size, size);
        cell.setPrefSize(size, size);
        cell.setMaxSize(size, size);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().addAll("coverage-cell", "coverage-" + c.name().toLowerCase());
        return cell;
    }

    private String coverageName(Coverage c) {
        return messages.get(switch (c) {
            case LINKED -> "coverage.linked";
            case MATCHED -> "coverage.matched";
            case MISSING -> "coverage.missing";
            case NOT_EXPECTED -> "coverage.notExpected";
        });
    }

    private String roleName(MatrixRole role) {
        return messages.get(switch (role) {
            case DESIGN -> "coverage.role.design";
            case DELIVER -> "coverage.role.deliver";
            case ORGANISE -> "coverage.role.organise";
            case ATTITUDES -> "coverage.role.attitudes";
            case PROFESSIONAL -> "coverage.role.professional";
        });
    }
}
