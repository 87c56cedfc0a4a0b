package nl.personacanvas.ui.compare;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.merge.CheckerElementMatcher;
import nl.personacanvas.merge.CoverageMatrix;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.merge.TeamCoverage;
import nl.personacanvas.pdf.ComparisonPdf;
import nl.personacanvas.pdf.CoveragePdf;
import nl.personacanvas.pdf.ExportNames;
import nl.personacanvas.pdf.FontLibrary;
import nl.personacanvas.pdf.SafeFileNames;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.AppStylesheet;
import nl.personacanvas.ui.DialogButtons;
import nl.personacanvas.ui.EnterConfirms;
import nl.personacanvas.ui.QuadrantColours;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.TextLimits;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Opens comparison windows: asks which personas, builds the checker once in the background (it takes a
 * moment), then shows the side-by-side view in a window of its own next to the editor.
 */
public final class CompareWindow {
    private static final String STYLESHEET = "/nl/personacanvas/ui/compare/compare.css";
    /**
     * The smallest comparison that still compares (measured under Xvfb): two persona columns side by side under
     * the bar, its legend and the first row of notes. Narrower, one column was left and the next cut.
     */
    static final double COMPARE_MIN_WIDTH = 580;
    static final double COMPARE_MIN_HEIGHT = 400;
    /**
     * The smallest coverage window that is still of use (measured under Xvfb): the heat map's rows with three of
     * its quadrants and the key under it; the window scrolls for the rest.
     */
    static final double COVERAGE_MIN_WIDTH = 640;
    static final double COVERAGE_MIN_HEIGHT = 420;

    private final Window owner;
    private final AppServices services;
    private final WorkbookDocument document;
    private final OtherWorkbooks otherFiles;
    /**
     * The app's own checker, prepared at start: a checker of the window's own loaded its lexicons and trained its
     * classifier again at the first comparison (15 s on a busy machine before the grid came).
     */
    private final ElementMatcher matcher;
    private Stage shown;

    public CompareWindow(Window owner, AppServices services, WorkbookDocument document) {
        this.owner = owner;
        this.services = services;
        this.document = document;
        this.otherFiles = new OtherWorkbooks(services);
        this.matcher = new CheckerElementMatcher(services.checker());
    }

    /** Asks for the personas, then opens the comparison. */
    public void chooseAndOpen() {
        PersonaChoices choices = PersonaChoices.of(document.workbook(), services.messages());
        VBox boxes = choices.boxes();
        List<CheckBox> checks = choices.checks();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(services.messages().get("compare.choose.title"));
        dialog.setHeaderText(services.messages().get("compare.choose.header"));
        ScrollPane list = new ScrollPane(boxes);
        list.setId("compare-choose-list");
        list.setFitToWidth(true);
        list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        boxes.setPadding(new Insets(4));
        list.setPrefViewportWidth(520);
        dialog.getDialogPane().setContent(list);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.localise(dialog.getDialogPane(), services.messages());
        DialogButtons.name(dialog.getDialogPane(), ButtonType.OK, services.messages().get("compare.choose.accept"));
        EnterConfirms.install(dialog.getDialogPane());
        AppStylesheet.applyTo(dialog.getDialogPane());
        choices.fitList(list, dialog.getDialogPane(), owner);
        // OK waits for 2 to 6 ticks: OK with fewer closed the dialog with an error, and the ticks were gone.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(() -> {
            long ticked = checks.stream().filter(CheckBox::isSelected).count();
            return ticked < PersonaComparison.MIN_PERSONAS || ticked > PersonaComparison.MAX_PERSONAS;
        }, checks.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        // The keyboard starts on the first persona, so Space ticks it; left to the dialog, it went to OK.
        if (!checks.isEmpty()) {
            dialog.setOnShown(e -> Platform.runLater(checks.get(0)::requestFocus));
        }
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            List<String> ids = checks.stream().filter(CheckBox::isSelected)
                    .map(c -> (String) c.getUserData()).toList();
            if (ids.size() < PersonaComparison.MIN_PERSONAS || ids.size() > PersonaComparison.MAX_PERSONAS) {
                services.dialogs().showError(services.messages().get("compare.choose.title"),
                        services.messages().get("compare.choose.count"));
            } else {
                open(ids);
            }
        });
    }

    /** Opens the comparison of these personas of the open workbook. */
    public void open(List<String> personaIds) {
        show(personaIds);
    }

    /** Opens the team's coverage: heatmap and chart. */
    public void openCoverage() {
        showCoverage();
    }

    private void show(List<String> personaIds) {
        String source = document.file() == null ? "" : document.file().getFileName().toString();
        CompareViewModel viewModel = new CompareViewModel(document, services.matrix(), matcher, services.executor(),
                personaIds, source);
        Stage stage = new Stage();
        stage.initOwner(owner);
        ViewExporter exporter = new ViewExporter(services, folder());
        CompareView[] view = new CompareView[1];
        view[0] = new CompareView(viewModel, services.messages(), exporter, new CompareView.Actions() {
            @Override
            public void exportPdf() {
                PersonaComparison comparison = viewModel.comparisonProperty().get();
                if (comparison != null) {
                    exporter.exportPdf(fileName("compare.file", viewModel.namesForFile(), ".pdf"), (target, monitor) ->
                            new ComparisonPdf(fonts()).write(comparison, locale(), target, monitor));
                }
            }

            @Override
            public void exportPng() {
                exporter.exportPng(fileName("compare.file", viewModel.namesForFile(), ".png"),
                        view[0]::picture);
            }

            @Override
            public void addFromOtherFile() {
                otherFiles.chooseAndAdd(stage, viewModel, folder());
            }
        });
        // Wide enough for every column where the screen allows (five personas side by side on a 1600 px screen).
        Dimension2D size = ScreenRoom.fit(Math.max(1200, CompareView.widthFor(personaIds.size())), 760, owner);
        Scene scene = new Scene(view[0], size.getWidth(), size.getHeight());
        QuadrantColours.applyTo(scene);
        scene.getStylesheets().add(CompareWindow.class.getResource(STYLESHEET).toExternalForm());
        // An entry edited here is a workbook's text as in the editor: the same limits while typing (session 19).
        TextLimits.install(scene, services.messages(), view[0]::say);
        stage.setScene(scene);
        closeOnEscape(stage);
        stage.setOnHidden(e -> viewModel.close());
        stage.setTitle(services.messages().get("compare.title"));
        stage.setMinWidth(COMPARE_MIN_WIDTH);
        stage.setMinHeight(COMPARE_MIN_HEIGHT);
        stage.show();
        ColumnRoom room = new ColumnRoom(stage, owner, personaIds.size());
        viewModel.comparisonProperty().addListener((obs, was, now) -> room.shown(viewModel.heads().size()));
        shown = stage;
    }

    private void showCoverage() {
        CoverageViewModel viewModel = new CoverageViewModel(document, services.matrix(), matcher, services.executor());
        ViewExporter exporter = new ViewExporter(services, folder());
        CoverageView[] view = new CoverageView[1];
        view[0] = new CoverageView(viewModel, services.messages(), exporter, new CoverageView.Actions() {
            @Override
            public void heatmapPdf() {
                CoverageMatrix heatmap = viewModel.heatmap();
                if (heatmap != null) {
                    exporter.exportPdf(new SafeFileNames().next(names().heatmapPdf(document.workbook(),
                                    heatmap.activity()), ".pdf"),
                            (target, monitor) -> new CoveragePdf(fonts()).writeHeatmap(heatmap,
                                    document.workbook().school(), LocalDate.now(), locale(), target, monitor));
                }
            }

            @Override
            public void heatmapPng() {
                CoverageMatrix heatmap = viewModel.heatmap();
                if (heatmap != null) {
                    exporter.exportPng(new SafeFileNames().next(names().heatmap(document.workbook(),
                                    heatmap.activity()), ".png"),
                            () -> NodeImages.picture(view[0].heatmapNode()));
                }
            }

            @Override
            public void teamPdf() {
                TeamCoverage team = viewModel.teamProperty().get();
                if (team == null) {
                    return;
                }
                exporter.exportPdf(new SafeFileNames().next(names().teamPdf(document.workbook()), ".pdf"),
                        (target, monitor) -> new CoveragePdf(fonts()).writeTeam(team,
                                document.workbook().school(), LocalDate.now(), locale(), target, monitor));
            }

            @Override
            public void teamPng() {
                exporter.exportPng(new SafeFileNames().next(names().team(document.workbook()), ".png"), () -> NodeImages.picture(view[0].chartNode()));
            }
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        Dimension2D size = ScreenRoom.fit(1200, 760, owner);
        // As wide as the window, so that what can narrow does (the activity's choice, the key): at its own width the
        // view ran past a 1024 px window's right edge. It scrolls sideways only below its least width.
        ScrollPane around = new ScrollPane(view[0]);
        around.setFitToWidth(true);
        Scene scene = new Scene(around, size.getWidth(), size.getHeight());
        QuadrantColours.applyTo(scene);
        scene.getStylesheets().add(CompareWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        closeOnEscape(stage);
        stage.setOnHidden(e -> viewModel.close());
        stage.setTitle(services.messages().get("coverage.title"));
        stage.setMinWidth(COVERAGE_MIN_WIDTH);
        stage.setMinHeight(COVERAGE_MIN_HEIGHT);
        stage.show();
        shown = stage;
    }

    /**
     * Escape closes the window, as it closes the print preview. A handler, not a filter or an accelerator: a field
     * or an open list that uses Escape itself has consumed it by then.
     */
    private static void closeOnEscape(Stage stage) {
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
    }

    private ExportNames names() {
        return new ExportNames(locale());
    }

    private String fileName(String key, String detail, String extension) {
        return new SafeFileNames().next(services.messages().get(key, detail), extension);
    }

    /** Read on first use, in the export's background task. */
    private FontLibrary fonts() {
        return services.exports().engine().fonts();
    }

    private Locale locale() {
        return services.messages().locale();
    }

    private Optional<Path> folder() {
        return Optional.ofNullable(document.file()).map(Path::toAbsolutePath).map(Path::getParent);
    }

    /** The last comparison or coverage window opened (tests and the screenshot generator look into it). */
    public Stage shown() {
        return shown;
    }
}
