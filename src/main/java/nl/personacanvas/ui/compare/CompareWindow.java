package nl.personacanvas.ui.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.merge.CheckerElementMatcher;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Opens comparison windows: asks which personas, builds the checker once in the background (it takes a
 * moment), then shows the side-by-side view in a window of its own next to the editor.
 */
public final class CompareWindow {
    private static final String STYLESHEET = "/nl/personacanvas/ui/compare/compare.css";

    private final Window owner;
    private final AppServices services;
    private final WorkbookDocument document;
    private ElementMatcher matcher;
    private Stage shown;

    public CompareWindow(Window owner, AppServices services, WorkbookDocument document) {
        this.owner = owner;
        this.services = services;
        this.document = document;
    }

    /** Asks for the personas, then opens the comparison. */
    public void chooseAndOpen() {
        List<Persona> all = document.workbook().personas();
        VBox boxes = new VBox(6);
        for (Persona p : all) {
            CheckBox box = new CheckBox(p.headline());
            box.setUserData(p.id());
            boxes.getChildren().add(box);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(services.messages().get("compare.choose.title"));
        dialog.setHeaderText(services.messages().get("compare.choose.header"));
        dialog.getDialogPane().setContent(new ScrollPane(boxes));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            List<String> ids = boxes.getChildren().stream().map(n -> (CheckBox) n).filter(CheckBox::isSelected)
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
        withMatcher(() -> show(personaIds));
    }

    /** Opens the team's coverage: heatmap and chart. */
    public void openCoverage() {
        withMatcher(this::showCoverage);
    }

    private void withMatcher(Runnable then) {
        if (matcher != null) {
            then.run();
            return;
        }
        Task<ElementMatcher> load = new Task<>() {
            @Override
            protected ElementMatcher call() {
                return new CheckerElementMatcher(new CanvasChecker(services.matrix()));
            }
        };
        load.setOnSucceeded(e -> {
            matcher = load.getValue();
            then.run();
        });
        load.setOnFailed(e -> services.dialogs().showError(services.messages().get("compare.title"),
                String.valueOf(load.getException().getMessage())));
        services.executor().execute(load);
    }

    private void show(List<String> personaIds) {
        String source = document.file() == null ? "" : document.file().getFileName().toString();
        CompareViewModel viewModel = new CompareViewModel(document, services.matrix(), matcher, personaIds, source);
        Stage stage = new Stage();
        stage.initOwner(owner);
        CompareView[] view = new CompareView[1];
        view[0] = new CompareView(viewModel, services.messages(), () -> exportPng(stage, view[0]));
        Scene scene = new Scene(view[0], 1200, 760);
        scene.getStylesheets().add(CompareWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(services.messages().get("compare.title"));
        stage.show();
        shown = stage;
    }

    private void showCoverage() {
        CoverageView view = new CoverageView(new CoverageViewModel(document, services.matrix(), matcher),
                services.messages());
        Stage stage = new Stage();
        stage.initOwner(owner);
        Scene scene = new Scene(new ScrollPane(view), 1200, 760);
        scene.getStylesheets().add(CompareWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(services.messages().get("coverage.title"));
        stage.show();
        shown = stage;
    }

    private void exportPng(Stage stage, CompareView view) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName("vergelijking.png");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            writePng(view, file.toPath());
        }
    }

    private void writePng(CompareView view, Path file) {
        Task<Void> write = NodeImages.pngTask(NodeImages.snapshot(view.content(), 2), file);
        write.setOnFailed(e -> services.dialogs().showError(services.messages().get("compare.export.png"),
                String.valueOf(write.getException().getMessage())));
        services.executor().execute(write);
    }

    /** The last comparison or coverage window opened (tests and the screenshot generator look into it). */
    public Stage shown() {
        return shown;
    }
}
