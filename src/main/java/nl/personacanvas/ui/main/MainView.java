package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.CanvasView;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.canvas.EntryDecorator;
import nl.personacanvas.ui.canvas.PortraitPicker;
import nl.personacanvas.ui.controls.DeferredTextField;
import nl.personacanvas.ui.controls.DeferredTooltip;
import nl.personacanvas.ui.controls.PathIcon;
import nl.personacanvas.ui.export.ExportCommands;
import nl.personacanvas.ui.workbook.WorkbookPageView;
import nl.personacanvas.ui.workbook.WorkbookPageViewModel;

/**
 * The main window's content: menu, persona list on the left, the workbook page or a persona's canvas
 * in the centre, a side panel slot on the right and the status line. Built anew when the language
 * changes; all state lives in the view-models.
 */
public final class MainView extends BorderPane {

    /** What only the window can do. */
    public interface WindowActions {
        void exit();

        void switchLanguage(Locale language);

        void showAbout();

        void comparePersonas();

        void importPersonas();

        void showCoverage();
    }

    private final MainViewModel viewModel;
    private final Messages messages;
    private final SplitPane split = new SplitPane();
    private final StackPane sideSlot = new StackPane();
    private final CheckMenuItem sidePanelItem = new CheckMenuItem();
    private Menu viewMenu;

    public MainView(MainViewModel viewModel, CanvasViewModel canvas, PortraitPicker portraits,
                    WorkbookPageViewModel workbook, ExportCommands exports, WindowActions window,
                    EntryDecorator entryDecorator) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("main-view");
        getStyleClass().add("main-view");

        setTop(menuBar(window, exports));
        Node left = personaPanel();
        Node centre = centre(canvas, portraits, workbook, entryDecorator);
        sideSlot.getStyleClass().add("side-slot");
        sideSlot.setId("side-slot");
        split.getItems().addAll(left, centre);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        setBottom(new StatusBarView(viewModel.statusBar(), messages));
    }

    private MenuBar menuBar(WindowActions window, ExportCommands exports) {
        FileCommands files = viewModel.files();
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menu-file");
        Menu recent = new Menu(messages.get("menu.file.recent"));
        recent.setId("menu-file-recent");
        fillRecent(recent);
        files.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent(recent));
        Menu samples = new Menu(messages.get("menu.file.samples"));
        samples.setId("menu-file-samples");
        for (SampleWorkbooks.Sample sample : files.samples()) {
            MenuItem item = new MenuItem(sample.id());
            // A file name, like the recent files: an underscore in it is text, not a mnemonic.
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.openSample(sample));
            samples.getItems().add(item);
        }
        samples.setDisable(samples.getItems().isEmpty());
        file.getItems().addAll(
                item("menu-file-new", "menu.file.new", "Shortcut+N", files::newWorkbook),
                item("menu-file-open", "menu.file.open", "Shortcut+O", files::open),
                recent, samples, new SeparatorMenuItem(),
                item("menu-file-import", "menu.file.import", null, window::importPersonas),
                new SeparatorMenuItem(),
                item("menu-file-save", "menu.file.save", "Shortcut+S", () -> files.save(() -> { })),
                item("menu-file-save-as", "menu.file.saveAs", "Shortcut+Shift+S", () -> files.saveAs(() -> { })));
        file.getItems().addAll(exports.menuItems());
        file.getItems().addAll(new SeparatorMenuItem(),
                item("menu-file-exit", "menu.file.exit", "Shortcut+Q", window::exit));

        Menu edit = new Menu(messages.get("menu.edit"));
        edit.setId("menu-edit");
        MenuItem undo = item("menu-edit-undo", "menu.edit.undo", "Shortcut+Z", viewModel::undo);
        undo.disableProperty().bind(viewModel.document().canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> stepText("menu.edit.undo", "menu.edit.undoStep",
                viewModel.document().undoLabelProperty().get()), viewModel.document().undoLabelProperty()));
        MenuItem redo = item("menu-edit-redo", "menu.edit.redo", "Shortcut+Shift+Z", viewModel::redo);
        redo.disableProperty().bind(viewModel.document().canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(() -> stepText("menu.edit.redo", "menu.edit.redoStep",
                viewModel.document().redoLabelProperty().get()), viewModel.document().redoLabelProperty()));
        PersonaListViewModel personas = viewModel.personas();
        MenuItem duplicate = item("menu-edit-duplicate", "menu.edit.duplicatePersona", "Shortcut+D", this::duplicatePersona);
        MenuItem delete = item("menu-edit-delete", "menu.edit.deletePersona", null, personas::deletePersona);
        duplicate.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        delete.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu-edit-new-persona", "menu.edit.newPersona", "Shortcut+Shift+N", this::newPersona),
                duplicate, delete, new SeparatorMenuItem(),
                item("menu-edit-find", "menu.edit.find", "Shortcut+F", () -> lookup("#persona-filter").requestFocus()));

        Menu view = new Menu(messages.get("menu.view"));
        viewMenu = view;
        sidePanelItem.setText(messages.get("menu.view.sidePanel"));
        sidePanelItem.setId("menu-view-side-panel");
        sidePanelItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        view.setId("menu-view");
        Menu language = new Menu(messages.get("menu.view.language"));
        language.setId("menu-view-language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(messages.get(locale.equals(Messages.DUTCH)
                    ? "menu.view.language.nl" : "menu.view.language.en"));
            item.setId("menu-view-language-" + locale.getLanguage());
            item.setToggleGroup(languages);
            item.setSelected(locale.equals(messages.locale()));
            item.setOnAction(e -> window.switchLanguage(locale));
            language.getItems().add(item);
        }
        view.getItems().addAll(
                item("menu-view-workbook", "menu.view.workbook", "Shortcut+Shift+W",
                        () -> personas.selectedPersonaIdProperty().set(null)),
                item("menu-view-compare", "menu.view.compare", "Shortcut+Shift+C", window::comparePersonas),
                item("menu-view-coverage", "menu.view.coverage", null, window::showCoverage),
                language);

        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menu-help");
        help.getItems().add(item("menu-help-about", "menu.help.about", null, window::showAbout));

        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private String stepText(String plainKey, String stepKey, String labelKey) {
        return labelKey.isEmpty() ? messages.get(plainKey) : messages.get(stepKey, messages.get(labelKey));
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : viewModel.files().recentFiles()) {
            MenuItem item = new MenuItem(path.getFileName().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.files().openRecent(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private static MenuItem item(String id, String key, String accelerator, Runnable action, Messages messages) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        return item(id, key, accelerator, action, messages);
    }

    private Node personaPanel() {
        PersonaListViewModel personas = viewModel.personas();
        TextField filter = new DeferredTextField();
        filter.setId("persona-filter");
        filter.setPromptText(messages.get("personas.filter"));
        filter.setAccessibleText(messages.get("personas.filter"));
        filter.textProperty().bindBidirectional(personas.filterProperty());

        PersonaTree tree = new PersonaTree(personas, messages);
        VBox.setVgrow(tree, Priority.ALWAYS);

        Button add = iconButton("persona-new", PathIcon.Glyph.PERSON_ADD, "personas.new", this::newPersona);
        Button duplicate = iconButton("persona-duplicate", PathIcon.Glyph.CONTENT_COPY, "personas.duplicate",
                this::duplicatePersona);
        Button delete = iconButton("persona-delete", PathIcon.Glyph.DELETE_OUTLINE, "personas.delete",
                personas::deletePersona);
        duplicate.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        delete.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        HBox buttons = new HBox(4, add, duplicate, delete);

        VBox panel = new VBox(8, filter, tree, buttons);
        panel.getStyleClass().add("persona-panel");
        panel.setPadding(new Insets(8));
        panel.setMinWidth(220);
        return panel;
    }

    /** A new persona is named first, so the caret goes straight to its name. */
    private void newPersona() {
        viewModel.personas().newPersona();
        focusName();
    }

    private void duplicatePersona() {
        viewModel.personas().duplicatePersona();
        focusName();
    }

    private void focusName() {
        if (lookup("#canvas-name") instanceof TextField name) {
            name.requestFocus();
            name.selectAll();
        }
    }

    private Button iconButton(String id, PathIcon.Glyph icon, String key, Runnable action) {
        Button button = new Button(null, new PathIcon(icon));
        button.setId(id);
        DeferredTooltip.install(button, messages.get(key));
        button.setAccessibleText(messages.get(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Node centre(CanvasViewModel canvas, PortraitPicker portraits, WorkbookPageViewModel workbook,
                        EntryDecorator entryDecorator) {
        WorkbookPageView workbookView = new WorkbookPageView(workbook, messages);
        workbookView.visibleProperty().bind(canvas.showingProperty().not());
        StackPane centre = new StackPane(workbookView);
        // A window opens on the workbook page: the canvas editor is built when a persona is first shown.
        Runnable addCanvas = () -> {
            CanvasView canvasView = new CanvasView(canvas, portraits, messages, entryDecorator);
            canvasView.visibleProperty().bind(canvas.showingProperty());
            centre.getChildren().add(canvasView);
            // Skins now, not at the next pulse: a caller may focus a field of the new view right away.
            canvasView.applyCss();
        };
        if (canvas.showingProperty().get()) {
            addCanvas.run();
        } else {
            canvas.showingProperty().addListener(new ChangeListener<Boolean>() {
                @Override
                public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean showing) {
                    if (showing) {
                        canvas.showingProperty().removeListener(this);
                        // A view replaced by a language switch meanwhile has no scene: nothing to build.
                        if (getScene() != null) {
                            addCanvas.run();
                        }
                    }
                }
            });
        }
        return centre;
    }

    /**
     * Puts a panel on the right (the matrix reference, the check results) with a menu item Beeld >
     * Zijpaneel that folds it away and back. Other features contribute the panel; the main view only
     * makes room for it. Whether it is shown lives in the view-model, so it survives a language switch.
     */
    public void setSidePanel(Node panel) {
        sideSlot.getChildren().setAll(panel);
        if (!viewMenu.getItems().contains(sidePanelItem)) {
            sidePanelItem.selectedProperty().bindBidirectional(viewModel.sidePanelShownProperty());
            viewModel.sidePanelShownProperty().addListener((obs, was, now) -> placeSidePanel(now));
            // Taal stays the last item: on the way from Taal into its submenu the pointer would otherwise
            // cross the item below it, which closes the submenu (JavaFX menus have no grace area).
            viewMenu.getItems().add(viewMenu.getItems().size() - 1, sidePanelItem);
        }
        placeSidePanel(viewModel.sidePanelShownProperty().get());
    }

    private void placeSidePanel(boolean shown) {
        if (!shown) {
            split.getItems().remove(sideSlot);
        } else if (!split.getItems().contains(sideSlot)) {
            split.getItems().add(sideSlot);
            split.setDividerPosition(1, 0.72);
        }
    }
}
