package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.controls.CommandItems;
import nl.personacanvas.ui.export.ExportCommands;

/**
 * The main window's menu bar (Bestand, Bewerken, Beeld, Help) in the current language, with each item's fx:id,
 * accelerator and Alt+letter (the underscore in its text). Built anew with the view when the language changes.
 */
final class MainMenuBar {

    /** What the Bewerken menu does in the view itself: the caret goes to the new name or to the search field. */
    record ViewCommands(Runnable newWorkbook, Runnable newPersona, Runnable duplicatePersona, Runnable find) {
    }

    private final MainViewModel viewModel;
    private final Messages messages;
    private final MenuBar bar;
    private Menu viewMenu;

    MainMenuBar(MainViewModel viewModel, MainView.WindowActions window, ExportCommands exports,
                ViewCommands commands) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        bar = new MenuBar(fileMenu(window, exports, commands), editMenu(window, commands), viewMenu(window),
                helpMenu(window));
        bar.setUseSystemMenuBar(true);
    }

    MenuBar bar() {
        return bar;
    }

    /**
     * Adds Beeld > Zijpaneel, which folds the side panel away and back. Taal stays the last item: on the way from
     * Taal into its submenu the pointer would otherwise cross the item below it, which closes the submenu (JavaFX
     * menus have no grace area).
     */
    void addSidePanelItem(BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(messages.get("menu.view.sidePanel"));
        item.setId("menu-view-side-panel");
        item.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        item.selectedProperty().bindBidirectional(shown);
        viewMenu.getItems().add(viewMenu.getItems().size() - 1, item);
    }

    private Menu fileMenu(MainView.WindowActions window, ExportCommands exports, ViewCommands commands) {
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
                item("menu-file-new", "menu.file.new", "Shortcut+N", commands.newWorkbook()),
                item("menu-file-open", "menu.file.open", "Shortcut+O", files::open),
                recent, samples, new SeparatorMenuItem(),
                item("menu-file-import", "menu.file.import", null, window::importPersonas),
                new SeparatorMenuItem(),
                item("menu-file-save", "menu.file.save", "Shortcut+S", () -> files.save(() -> { })),
                item("menu-file-save-as", "menu.file.saveAs", "Shortcut+Shift+S", () -> files.saveAs(() -> { })));
        file.getItems().addAll(exports.menuItems());
        file.getItems().addAll(new SeparatorMenuItem(),
                item("menu-file-exit", "menu.file.exit", "Shortcut+Q", window::exit));
        return file;
    }

    private Menu editMenu(MainView.WindowActions window, ViewCommands commands) {
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
        MenuItem duplicate = item("menu-edit-duplicate", "menu.edit.duplicatePersona", "Shortcut+D",
                commands.duplicatePersona());
        MenuItem delete = item("menu-edit-delete", "menu.edit.deletePersona", null, personas::deletePersona);
        // Below 1200 px the side panel, with its "Stickers sorteren…" button, starts folded away: here it is always found.
        MenuItem sort = item("menu-edit-sort", "menu.edit.sort", null, window::sortStatements);
        duplicate.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        delete.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        sort.disableProperty().bind(personas.selectedPersonaIdProperty().isNull());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("menu-edit-new-persona", "menu.edit.newPersona", "Shortcut+Shift+N", commands.newPersona()),
                duplicate, delete, new SeparatorMenuItem(),
                item("menu-edit-find", "menu.edit.find", Shortcuts.FIND.getName(), commands.find()), sort);
        return edit;
    }

    private Menu viewMenu(MainView.WindowActions window) {
        Menu view = new Menu(messages.get("menu.view"));
        viewMenu = view;
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
                        () -> viewModel.personas().selectedPersonaIdProperty().set(null)),
                item("menu-view-compare", "menu.view.compare", "Shortcut+Shift+C", window::comparePersonas),
                item("menu-view-coverage", "menu.view.coverage", null, window::showCoverage),
                language);
        return view;
    }

    private Menu helpMenu(MainView.WindowActions window) {
        Menu help = new Menu(messages.get("menu.help"));
        help.setId("menu-help");
        help.getItems().add(item("menu-help-about", "menu.help.about", null, window::showAbout));
        return help;
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

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        return CommandItems.item(id, messages.get(key), accelerator, action);
    }
}
