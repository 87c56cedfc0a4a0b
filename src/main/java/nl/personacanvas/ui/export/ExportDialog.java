package nl.personacanvas.ui.export;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.EnterConfirms;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.export.ExportViewModel.Phase;

/**
 * "Exporteren als PDF": the choices, then progress with Cancel while the export runs, then what was
 * written with its warnings and a button to open the folder. Closing the window cancels a running export.
 */
final class ExportDialog {
    private static final double MIN_WIDTH = 560;

    private final ExportViewModel viewModel;
    private final ExportTexts texts;
    private final Stage stage = new Stage();
    private final Window owner;
    /**
     * The most the dialog asks for: the room its owner's screen gives a window. A bound on the content rather than on
     * the window: on X11 a window's new size arrives later from the window system, so keepInside, reading it right
     * after show, saw nothing to shrink and left the dialog 690 px tall on a screen of 600 (session 25); and a stage's
     * maximum height bounds the window but, under Monocle, not its scene, whose buttons then fell below the window.
     */
    private double roomHeight = Double.MAX_VALUE;

    ExportDialog(ExportViewModel viewModel, ExportTexts texts, Window owner, String stylesheet) {
        this.viewModel = viewModel;
        this.texts = texts;
        this.owner = owner;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.get("export.title"));
        ExportOptionsView options = new ExportOptionsView(viewModel.options(), texts, true, "export");
        options.disableProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.RUNNING));
        // On a low screen (1024 × 600: 552 px for the dialog) the options scroll and the buttons stay in sight; the
        // dialog needed 690 px, and Exporteren was below the screen's edge.
        ScrollPane scroll = new ScrollPane(options);
        scroll.setId("export-options-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setMinHeight(120);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(14, scroll, new Separator(), progress(), warnings(), buttons()) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), roomHeight);
            }
        };
        root.setId("export-dialog");
        EnterConfirms.install(root);
        root.getStyleClass().add("export-dialog");
        root.setPadding(new Insets(18));
        // The scene's height is computed at the root's width: below the stage's minimum the options wrapped more,
        // and the wider window kept the extra height as an empty band under the buttons.
        root.setMinWidth(MIN_WIDTH);
        Scene scene = new Scene(root);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setOnHidden(e -> viewModel.cancel());
        // The window grows with what it says: a longer activity name takes a line more in its box, and a problem
        // ("no persona has this core activity") appears under the form. Sized once, it squeezed the box instead.
        // So does what it says under the buttons' line (the progress, what was written, the warnings): kept at its
        // first height, it squeezed the options and cut the check summary's option to "dekking per ..." (session 18).
        // Within the screen: at 1280 × 720 the dialog is already 648 px tall.
        InvalidationListener refit = obs -> Platform.runLater(() -> {
            stage.sizeToScene();
            ScreenRoom.keepInside(stage, owner);
        });
        viewModel.options().activityIdProperty().addListener(refit);
        viewModel.options().problemProperty().addListener(refit);
        viewModel.phaseProperty().addListener(refit);
        viewModel.outcomeProperty().addListener(refit);
        viewModel.warnings().addListener(refit);
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setAccessibleText(texts.get("export.progress"));
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.RUNNING));
        bar.managedProperty().bind(bar.visibleProperty());
        Label outcome = new Label();
        outcome.setId("export-outcome");
        outcome.setWrapText(true);
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.visibleProperty().bind(viewModel.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        VBox box = new VBox(6, bar, outcome);
        // Empty before the first export: without this it still took two gaps of the dialog's spacing.
        box.managedProperty().bind(bar.visibleProperty().or(outcome.visibleProperty()));
        return box;
    }

    private ListView<String> warnings() {
        ListView<String> list = new ListView<>(viewModel.warnings());
        list.setId("export-warnings");
        list.setAccessibleText(texts.get("export.warnings"));
        list.setPrefHeight(110);
        list.setCellFactory(v -> new WrappingCell());
        list.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        list.managedProperty().bind(list.visibleProperty());
        return list;
    }

    private HBox buttons() {
        Button openFolder = new Button(texts.get("export.openFolder"));
        openFolder.setId("export-open-folder");
        openFolder.setOnAction(e -> viewModel.openFolder());
        openFolder.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.DONE));
        openFolder.managedProperty().bind(openFolder.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button cancel = new Button(texts.get("export.cancel"));
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> viewModel.cancel());
        cancel.visibleProperty().bind(viewModel.phaseProperty().isEqualTo(Phase.RUNNING));
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button close = new Button(texts.get("export.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button export = new Button(texts.get("export.start"));
        export.setId("export-start");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.canExportProperty().not());
        export.setOnAction(e -> viewModel.export());
        HBox buttons = new HBox(8, openFolder, spacer, cancel, close, export);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }

    void show() {
        roomHeight = ScreenRoom.fit(0, Double.MAX_VALUE, owner).getHeight();
        stage.sizeToScene();
        stage.show();
        // Within the screen from the start, not only after a refit: a persona's name of 300 characters wraps to seven
        // lines in the current persona's option and in the list, and the dialog opened 824 px tall on an 800 px screen.
        ScreenRoom.keepInside(stage, owner);
        stage.getScene().lookup("#export-start").requestFocus();
    }

    Stage stage() {
        return stage;
    }

    /** Warnings can be long sentences; they wrap instead of running off the list. */
    private static final class WrappingCell extends javafx.scene.control.ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
