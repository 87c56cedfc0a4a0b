package nl.personacanvas.ui.export;

import java.awt.image.BufferedImage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.ScreenRoom;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The print preview window: the options on the left, the page rendered from the PDF in the middle,
 * page and zoom controls and Print above it.
 */
final class PreviewView {
    /** Room around the page inside the scroll pane. */
    private static final double MARGIN = 16;

    private final PreviewViewModel viewModel;
    private final ExportTexts texts;
    private final Stage stage = new Stage();
    private final ImageView page = new ImageView();

    PreviewView(PreviewViewModel viewModel, ExportTexts texts, Window owner, String stylesheet) {
        this.viewModel = viewModel;
        this.texts = texts;
        stage.initOwner(owner);
        stage.setTitle(texts.get("preview.title"));
        BorderPane root = new BorderPane();
        root.setId("preview-view");
        root.getStyleClass().add("preview-view");
        root.setTop(toolBar());
        root.setLeft(optionsPanel());
        root.setCenter(pageArea());
        // 1100 × 760 where the screen allows; on a laptop's 1280 × 720 screen that was taller than the screen.
        Dimension2D size = ScreenRoom.fit(1100, 760, owner);
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), viewModel::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), viewModel::previousPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), viewModel::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        stage.setOnHidden(e -> viewModel.close());
    }

    private ToolBar toolBar() {
        Button previous = iconButton("preview-previous", Material2AL.CHEVRON_LEFT, "preview.previous",
                viewModel::previousPage);
        BooleanBinding notReady = viewModel.pagesReadyProperty().not();
        previous.disableProperty().bind(notReady.or(viewModel.pageIndexProperty().lessThanOrEqualTo(0)));
        Button next = iconButton("preview-next", Material2AL.CHEVRON_RIGHT, "preview.next", viewModel::nextPage);
        next.disableProperty().bind(notReady.or(viewModel.pageIndexProperty().greaterThanOrEqualTo(
                viewModel.pageCountProperty().subtract(1))));
        Label pageLabel = new Label();
        pageLabel.setId("preview-page-label");
        pageLabel.setMinWidth(Label.USE_PREF_SIZE);
        pageLabel.textProperty().bind(viewModel.pageTextProperty());

        PreviewZoom zooming = viewModel.zoom();
        Button fit = textButton("preview-fit", "preview.fit", zooming::fit);
        Button actual = textButton("preview-actual", "preview.actual", zooming::actualSize);
        Button zoomOut = iconButton("preview-zoom-out", Material2MZ.ZOOM_OUT, "preview.zoomOut", zooming::out);
        Button zoomIn = iconButton("preview-zoom-in", Material2MZ.ZOOM_IN, "preview.zoomIn", zooming::in);
        Label zoom = new Label();
        zoom.setId("preview-zoom");
        zoom.setMinWidth(48);
        zoom.setAlignment(Pos.CENTER);
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> texts.get("preview.zoom", Math.round(zooming.zoomProperty().get() * 100)),
                zooming.zoomProperty()));
        for (Node zoomControl : new Node[] {fit, actual, zoomOut, zoom, zoomIn}) {
            zoomControl.disableProperty().bind(notReady);
        }

        Pane spacer = new Pane();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        Button setup = textButton("preview-page-setup", "preview.pageSetup", viewModel::pageSetup);
        Button print = new Button(texts.get("preview.print"), new FontIcon(Material2MZ.PRINT));
        print.setId("preview-print");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.setOnAction(e -> viewModel.print());
        print.disableProperty().bind(notReady.or(viewModel.printing().busyProperty()));
        setup.disableProperty().bind(viewModel.printing().busyProperty());
        return new ToolBar(previous, pageLabel, next, new Separator(Orientation.VERTICAL), fit, actual, zoomOut, zoom, zoomIn, spacer,
                setup, print);
    }

    private Button iconButton(String id, org.kordamp.ikonli.Ikon icon, String key, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(texts.get(key)));
        button.setAccessibleText(texts.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Button textButton(String id, String key, Runnable action) {
        Button button = new Button(texts.get(key));
        button.setId(id);
        // Whole, not "Passe…" and "Pagina-instellin…" when the counter beside them grows in a 1024 px window.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node optionsPanel() {
        ExportOptionsView options = new ExportOptionsView(viewModel.options(), texts, false, "preview");
        options.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(options);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(400);
        scroll.getStyleClass().add("preview-options");
        return scroll;
    }

    private Node pageArea() {
        page.setId("preview-page");
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.setAccessibleText(texts.get("preview.pageImage"));
        viewModel.pageImageProperty().addListener((obs, old, now) -> showImage(now));
        showImage(viewModel.pageImageProperty().get());
        PreviewZoom zoom = viewModel.zoom();
        page.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> displayed(zoom.pageSizeProperty().get()
                .getWidth()), zoom.pageSizeProperty(), zoom.zoomProperty()));
        page.fitHeightProperty().bind(Bindings.createDoubleBinding(() -> displayed(zoom.pageSizeProperty().get()
                .getHeight()), zoom.pageSizeProperty(), zoom.zoomProperty()));
        StackPane sheet = new StackPane(page);
        sheet.getStyleClass().add("preview-sheet");
        // The page of the options before stays in view while the next is built, faded: it is not what will print.
        sheet.opacityProperty().bind(Bindings.when(viewModel.buildingProperty()).then(0.35).otherwise(1.0));
        sheet.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        // No sheet before the first page: at the first build a faded blank sheet stood behind the indicator, a page
        // that seemed empty rather than coming (ux28).
        BooleanBinding pageShown = viewModel.pageImageProperty().isNotNull();
        sheet.visibleProperty().bind(pageShown);
        StackPane canvas = new StackPane(sheet);
        canvas.getStyleClass().add("preview-canvas");
        canvas.setPadding(new Insets(MARGIN));
        ScrollPane scroll = new ScrollPane(canvas);
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            zoom.viewportWidthProperty().set(Math.max(50, now.getWidth() - 2 * MARGIN));
            zoom.viewportHeightProperty().set(Math.max(50, now.getHeight() - 2 * MARGIN));
        });

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("preview-busy");
        busy.setMaxSize(56, 56);
        // How far the build is once its first poster is done; turning as long as that is not known.
        busy.progressProperty().bind(viewModel.buildProgressProperty());
        Label building = new Label(texts.get("preview.pageBuilding"));
        building.setId("preview-building");
        building.getStyleClass().add("preview-building");
        // Said only while there is no page yet; over the page of the options before, the faded page and the
        // counter say it.
        building.visibleProperty().bind(pageShown.not());
        building.managedProperty().bind(building.visibleProperty());
        VBox waiting = new VBox(busy, building);
        waiting.getStyleClass().add("preview-waiting");
        waiting.setAlignment(Pos.CENTER);
        waiting.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        waiting.visibleProperty().bind(viewModel.busyProperty());
        waiting.setMouseTransparent(true);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Label message = new Label();
        message.setId("preview-message");
        message.getStyleClass().add("preview-message");
        message.setWrapText(true);
        // As tall as its wrapped lines: held to one line, a long notice ended in "…" with no way to read the rest.
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        StackPane area = new StackPane(scroll, waiting);
        VBox.setVgrow(area, Priority.ALWAYS);
        return new VBox(message, area);
    }

    private double displayed(double points) {
        return PreviewZoom.screenPixels(points) * viewModel.zoom().zoomProperty().get();
    }

    private void showImage(BufferedImage image) {
        page.setImage(image == null ? null : SwingFXUtils.toFXImage(image, null));
    }

    void show() {
        stage.show();
        viewModel.rebuild();
    }

    Stage stage() {
        return stage;
    }
}
