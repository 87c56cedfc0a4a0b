package nl.personacanvas.ui.about;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
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

    public AboutView(AboutViewModel viewModel, Locale locale) {
        this.texts = ResourceBundle.getBundle(BUNDLE, spoken(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
        TableView<ThirdPartyComponent> table = new TableView<>(viewModel.components());
        table.setId("about-components");
        TableColumn<ThirdPartyComponent, String> name = new TableColumn<>(texts.getString("about.component"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(330);
        TableColumn<ThirdPartyComponent, String> licence = new TableColumn<>(texts.getString("about.componentLicence"));
        licence.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().licence()));
        licence.setPrefWidth(250);
        table.getColumns().add(name);
        table.getColumns().add(licence);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TextArea licenceText = new TextArea();
        licenceText.setId("about-licence-text");
        licenceText.setEditable(false);
        licenceText.setStyle("-fx-font-family: monospace;");
        licenceText.textProperty().bind(viewModel.licenceTextProperty());

        Tab components = new Tab(texts.getString("about.components"), table);
        Tab projectLicence = new Tab(texts.getString("about.licenceTab"), licenceText);
        TabPane tabs = new TabPane(components, projectLicence);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private String format(String key, Locale locale, Object... args) {
        return new MessageFormat(texts.getString(key), locale).format(args);
    }
}
