package nl.personacanvas.ui.main;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.canvas.CanvasView;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.canvas.PortraitPicker;
import nl.personacanvas.ui.controls.DeferredTextField;
import nl.personacanvas.ui.controls.DeferredTooltip;
import nl.personacanvas.ui.controls.LeftToRightField;
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

        /** Opens Stickers sorteren for the persona shown (the side panel's button, which a narrow window folds away). */
        void sortStatements();
    }

    private final MainViewModel viewModel;
    private final Messages messages;
    private final SplitPane split = new SplitPane();
    private final StackPane sideSlot = new StackPane();
    private final MainMenuBar menus;
    private final SidePanelRoom room;
    private boolean sidePanelOffered;
    private final AnnouncementLayer announcements;

    public MainView(MainViewModel viewModel, CanvasViewModel canvas, PortraitPicker portraits,
                    WorkbookPageViewModel workbook, ExportCommands exports, WindowActions window,
                    SearchMarks searchMarks) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        setId("main-view");
        announcements = new AnnouncementLayer(messages);
        getStyleClass().add("main-view");

        menus = new MainMenuBar(viewModel, window, exports, new MainMenuBar.ViewCommands(this::newWorkbook, this::newPersona,
                this::duplicatePersona, () -> lookup("#persona-filter").requestFocus()));
        setTop(menus.bar());
        Node left = personaPanel();
        Node centre = centre(canvas, portraits, workbook, searchMarks);
        sideSlot.getStyleClass().add("side-slot");
        sideSlot.setId("side-slot");
        split.getItems().addAll(left, centre);
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(left, false);
        room = new SidePanelRoom(split, left, sideSlot, viewModel.sidePanelFold());
        // The notice of a persona a merge kept sits under the menu, above the panels; it takes no room when not shown.
        VBox.setVgrow(split, Priority.ALWAYS);
        // Announcements lie over the panels' lower right corner, above the status bar, whose figures they left in sight.
        setCenter(new StackPane(new VBox(new KeptPersonasBar(viewModel.keptNotice(), messages), split), announcements));
        setBottom(new StatusBarView(viewModel.statusBar(), messages));
    }

    /** Shows a message the user should not miss over the panels for a few seconds (see {@link AnnouncementLayer}). */
    void announce(String message) {
        announcements.announce(message);
    }

    private Node personaPanel() {
        PersonaListViewModel personas = viewModel.personas();
        TextField filter = new DeferredTextField();
        filter.setId("persona-filter");
        // The menu's words (Bewerken › Zoeken in persona's): "Zoek op naam, rol of tekst" lost its last letter in the
        // 942 px window of a 1024 × 768 screen. What it searches is in the tooltip.
        filter.setPromptText(messages.get("personas.filter"));
        filter.setAccessibleText(messages.get("personas.filter"));
        DeferredTooltip.install(filter, messages.get("personas.filter.tooltip", Shortcuts.shown(Shortcuts.FIND)));
        LeftToRightField.bind(filter, personas.filterProperty());

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

    /**
     * A new workbook is given its school first (the field marked as required), so the caret goes there. Left on the
     * persona list, the school's name typed after Ctrl+N went nowhere.
     */
    private void newWorkbook() {
        viewModel.files().newWorkbook(() -> {
            if (lookup("#workbook-school") instanceof TextField school) {
                school.requestFocus();
            }
        });
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
                        SearchMarks searchMarks) {
        WorkbookPageView workbookView = new WorkbookPageView(workbook, messages);
        workbookView.visibleProperty().bind(canvas.showingProperty().not());
        StackPane centre = new StackPane(workbookView);
        // A window opens on the workbook page: the canvas editor is built when a persona is first shown.
        Runnable addCanvas = () -> {
            CanvasView canvasView = new CanvasView(canvas, portraits, messages, searchMarks,
                    viewModel.status()::announce);
            searchMarks.markNotes(canvasView.getContent().lookup("#canvas-notes"), canvas.personaIdProperty());
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
        if (!sidePanelOffered) {
            sidePanelOffered = true;
            menus.addSidePanelItem(viewModel.sidePanelShownProperty());
            viewModel.sidePanelShownProperty().addListener((obs, was, now) -> {
                placeSidePanel(now);
                room.placed(true);
            });
        }
        placeSidePanel(viewModel.sidePanelShownProperty().get());
        room.placed(false);
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
