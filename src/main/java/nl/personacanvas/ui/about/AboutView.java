package nl.personacanvas.ui.about;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.AppIcons;

/** The About dialog: icon, versions, the project licence and every bundled component with its licence. */
public final class AboutView extends BorderPane {
    private static final String BUNDLE = "nl.personacanvas.ui.about.messages";

    private final ResourceBundle texts;
    private final Button close;
    /**
     * Held for as long as the dialog: the view model hands out a read-only wrapper that listens to its list only
     * weakly, so a wrapper nobody holds is collected and the list arriving from the background read is missed.
     */
    private final ObservableList<ThirdPartyComponent> components;

    public AboutView(AboutViewModel viewModel, Locale locale) {
        this.texts = ResourceBundle.getBundle(BUNDLE, spoken(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.components = viewModel.components();
        setId("about");
        setPadding(new Insets(16));
        setTop(header(viewModel, locale));
        setCenter(details(viewModel));
        close = new Button(texts.getString("about.close"));
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setMinWidth(Region.USE_PREF_SIZE);
        Label fullTexts = new Label(texts.getString("about.fullTexts"));
        fullTexts.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(12, fullTexts, spacer, close);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(12, 0, 0, 0));
        setBottom(footer);
    }

    /** English when asked for, Dutch otherwise: the system's language must not pick a bundle by accident. */
    private static Locale spoken(Locale locale) {
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    /** Opens the dialog over {@code owner} and starts reading its content. */
    public static void show(Window owner, AboutViewModel viewModel, Locale locale) {
        AboutView view = new AboutView(viewModel, locale);
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(view.texts.getString("about.title"));
        AppIcons.apply(dialog);
        dialog.setScene(new Scene(view, 640, 520));
        view.close.setOnAction(e -> dialog.close());
        viewModel.load();
        dialog.show();
    }

    private HBox header(AboutViewModel viewModel, Locale locale) {
        ImageView icon = new ImageView(AppIcons.ofSize(128));
        icon.setFitWidth(96);
        icon.setFitHeight(96);
        icon.setSmooth(true);
        Label name = new Label("Persona Canvas");
        name.setStyle("-fx-font-size: 1.6em; -fx-font-weight: bold;");
        Label version = new Label(format("about.version", locale, viewModel.appVersion()));
        version.setId("about-version");
        Label matrix = new Label();
        matrix.setId("about-matrix-version");
        matrix.textProperty().bind(Bindings.createStringBinding(() -> viewModel.failedProperty().get()
                ? texts.getString("about.failed")
                : viewModel.matrixVersionProperty().get().isEmpty() ? texts.getString("about.loading")
                : format("about.matrixVersion", locale, viewModel.matrixVersionProperty().get()),
                viewModel.matrixVersionProperty(), viewModel.failedProperty()));
        Label licence = new Label(format("about.licence", locale, viewModel.projectLicence()));
        licence.setId("about-licence");
        VBox text = new VBox(4, name, version, matrix, licence);
        HBox header = new HBox(16, icon, text);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(0, 0, 12, 0));
        return header;
    }

    private TabPane details(AboutViewModel viewModel) {
        TextArea licenceText = new TextArea();
        licenceText.setId("about-licence-text");
        licenceText.setEditable(false);
        licenceText.setStyle("-fx-font-family: monospace;");
        licenceText.textProperty().bind(viewModel.licenceTextProperty());

        Tab components = new Tab(texts.getString("about.components"), componentList(viewModel));
        Tab projectLicence = new Tab(texts.getString("about.licenceTab"), licenceText);
        TabPane tabs = new TabPane(components, projectLicence);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /**
     * Every component with its licence, both wrapping: some names are longer than half the dialog ("Ikonli
     * Material 2 pack (Google Material Design icons)"), and a table cut them off with no way to read the rest.
     */
    private ScrollPane componentList(AboutViewModel viewModel) {
        GridPane grid = new GridPane();
        grid.setId("about-components");
        grid.getStyleClass().add("about-components");
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(8, 12, 8, 8));
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(58);
        ColumnConstraints licence = new ColumnConstraints();
        licence.setPercentWidth(42);
        grid.getColumnConstraints().addAll(name, licence);
        fillComponents(grid, components);
        components.addListener((ListChangeListener<ThirdPartyComponent>) c -> fillComponents(grid, components));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setAccessibleText(texts.getString("about.components"));
        // Reachable with Tab and scrolled with the arrow keys, as the table was.
        scroll.setFocusTraversable(true);
        return scroll;
    }

    private void fillComponents(GridPane grid, List<ThirdPartyComponent> components) {
        grid.getChildren().clear();
        grid.addRow(0, heading("about.component"), heading("about.componentLicence"));
        int row = 1;
        for (ThirdPartyComponent component : components) {
            Label name = wrapping(component.name());
            name.getStyleClass().add("about-component-name");
            Label licence = wrapping(component.licence());
            licence.getStyleClass().add("about-component-licence");
            grid.addRow(row++, name, licence);
        }
    }

    private Label heading(String key) {
        Label heading = new Label(texts.getString(key));
        heading.setStyle("-fx-font-weight: bold;");
        return heading;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private String format(String key, Locale locale, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
