package nl.personacanvas.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.personacanvas.io.AppVersion;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.AppStylesheet;
import nl.personacanvas.ui.FirstFrame;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.QuadrantColours;
import nl.personacanvas.ui.WindowBounds;
import nl.personacanvas.ui.about.AboutContentLoader;
import nl.personacanvas.ui.about.AboutView;
import nl.personacanvas.ui.about.AboutViewModel;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.check.CheckFeature;
import nl.personacanvas.ui.canvas.PortraitPicker;
import nl.personacanvas.ui.compare.CompareWindow;
import nl.personacanvas.ui.controls.ComplexTextWrapping;
import nl.personacanvas.ui.document.Autosaver;
import nl.personacanvas.ui.document.WorkbookDocument;
import nl.personacanvas.ui.export.ExportCommands;
import nl.personacanvas.ui.merge.PersonaImport;
import nl.personacanvas.ui.workbook.WorkbookPageViewModel;

/**
 * The main window: creates the document and the view-models, puts the view in the stage, and owns
 * what belongs to the window as a whole (closing, language, size and position). What it shows first is
 * {@link StartContent}'s to find out; its menu bar is {@link MainMenuBar}.
 */
public final class MainWindow {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final double WIDE_ENOUGH_FOR_SIDE_PANEL = 1200;
    /**
     * The smallest window whose layout still works (measured under Xvfb, side panel closed): the persona list and
     * both quadrant columns whole at 760 px; below about 700 the window's content no longer fitted and was cut off
     * at its left edge. 480 px high keeps a few personas and a few notes in sight.
     */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 480;

    private final Stage stage;
    private final AppServices services;
    private final Messages messages;
    private final WorkbookDocument document = new WorkbookDocument();
    /** What the document holds until the start's workbook is in: the first frame with content comes after. */
    private final Workbook empty = document.workbook();
    private final MainViewModel viewModel;
    private final CanvasViewModel canvas;
    private final WorkbookPageViewModel workbookPage;
    private final PortraitPicker portraits;
    private final Autosaver autosaver;
    private final ExportCommands exports;
    private final CheckFeature checks;
    private final StartContent start;
    private MainView view;
    private Supplier<Node> sidePanel;

    private final CompareWindow comparison;
    private final PersonaImport personaImport;

    public MainWindow(Stage stage, AppServices services, Duration autosaveInterval) {
        this.stage = stage;
        this.services = services;
        this.messages = services.messages();
        StatusLine status = new StatusLine();
        FileCommands files = new FileCommands(document, services.store(), services.samples(), services.dialogs(),
                services.executor(), services.settings(), messages, status, WorkbookLock.Owner.current(services.clock()));
        PersonaListViewModel personas = new PersonaListViewModel(document, messages, services.clock());
        this.viewModel = new MainViewModel(document, messages, files, personas, status);
        this.canvas = new CanvasViewModel(document, services.matrix(), services.clock());
        canvas.personaIdProperty().bind(personas.selectedPersonaIdProperty());
        this.portraits = new PortraitPicker(canvas, services.dialogs(), services.executor(), services.settings(),
                messages);
        this.workbookPage = new WorkbookPageViewModel(document, services.matrix().activities());
        this.exports = new ExportCommands(document.workbookProperty(), personas.selectedPersonaIdProperty(), services,
                status::announce, () -> stage);
        this.comparison = new CompareWindow(stage, services, document);
        this.personaImport = new PersonaImport(stage, services, document);
        this.autosaver = new Autosaver(document, services.recovery(), services.executor(), services.clock(),
                autosaveInterval, files::knownFingerprint);
        this.checks = new CheckFeature(canvas, document, services.checker(), services.matrix(), services.executor(),
                services.dialogs(), messages, services.clock(), () -> stage);
        this.start = new StartContent(services, viewModel, autosaver);
    }

    /** Shows the window, then loads what it should show: restored work, the file argument, or the sample. */
    public void show(List<String> arguments) {
        // The workbook is read in the background while the window is built.
        start.lookUpAndBegin(arguments);
        build();
    }

    /**
     * Shows the window with what was looked up before it: the sample or the file given from the first frame, or,
     * for recovered work, a file another copy of the app has open or one that could not be read ahead, the same
     * questions and reads as {@link #show(List)}, right after showing.
     */
    public void show(List<String> arguments, InitialContent initial) {
        boolean question = initial.recovered().isPresent()
                || initial.file() != null && initial.file().holder().isPresent();
        if (!question && (initial.sample() != null || initial.file() != null)) {
            start.begin(initial, arguments);
            build();
        } else {
            build();
            Platform.runLater(() -> start.begin(initial, arguments));
        }
    }

    private void build() {
        view = new MainView(viewModel, canvas, portraits, workbookPage, exports, windowActions(), checks.entryDecorator());
        // Never larger than the screen: a window bigger than a small laptop screen hides its own edges.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(1280, screen.getWidth() * 0.92);
        // On a small screen the canvas needs the room; the check panel is one menu item away (Beeld > Zijpaneel).
        viewModel.sidePanelShownProperty().set(width >= WIDE_ENOUGH_FOR_SIDE_PANEL);
        // The panel's place is kept from the start; its content follows the first frame with the workbook.
        setSidePanel(StackPane::new);
        Scene scene = new Scene(view, width, Math.min(820, screen.getHeight() * 0.92));
        // Also after the first frame: the text-layout repair starts Pango (tens of ms), which a Dutch first frame
        // does not need.
        FirstFrame.whenShown(scene, document.workbookProperty(), wb -> wb != empty, () -> {
            ComplexTextWrapping.repair();
            setSidePanel(checks::sidePanel);
        });
        QuadrantColours.applyTo(scene);
        AppStylesheet.applyTo(scene);
        // The text controls have an undo of their own for Ctrl+Z; the document's undo must win.
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::routeUndoKeys);
        stage.setScene(scene);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.titleProperty().bind(viewModel.titleProperty());
        restoreBounds();
        // Back from another window (a colleague's mail, the sync client): see whether the file changed meanwhile.
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                viewModel.files().checkForChangesOnDisk();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            exit();
        });
        stage.show();
        viewModel.status().setAnnouncer(new Announcements(stage, messages));
        // The panel's hint to choose a persona is no check result: the status bar stays empty then.
        viewModel.statusBar().checkSummaryProperty().bind(Bindings.when(checks.check().personaShownProperty())
                .then(checks.check().summaryProperty()).otherwise(""));
        view.lookup("#persona-tree").requestFocus();
    }

    private void routeUndoKeys(KeyEvent e) {
        if (REDO.match(e) || REDO_ALT.match(e)) {
            document.redo();
            e.consume();
        } else if (UNDO.match(e)) {
            document.undo();
            e.consume();
        }
    }

    private MainView.WindowActions windowActions() {
        return new MainView.WindowActions() {
            @Override
            public void exit() {
                MainWindow.this.exit();
            }

            @Override
            public void switchLanguage(Locale language) {
                MainWindow.this.switchLanguage(language);
            }

            @Override
            public void showAbout() {
                AboutView.show(stage, new AboutViewModel(AppVersion.current(), new AboutContentLoader(),
                        services.executor()), messages.locale());
            }

            @Override
            public void comparePersonas() {
                comparison.chooseAndOpen();
            }

            @Override
            public void showCoverage() {
                comparison.openCoverage();
            }

            @Override
            public void importPersonas() {
                personaImport.chooseAndImport();
            }
        };
    }

    /** Asks about unsaved changes, then closes; a clean close leaves no recovery copy behind. */
    public void exit() {
        viewModel.files().whenChangesSettled(() -> {
            autosaver.stop();
            autosaver.discardInBackground();
            viewModel.files().close();
            rememberBounds();
            stage.close();
        });
    }

    /** The view is rebuilt in the new language; documents, selection and undo history stay as they were. */
    public void switchLanguage(Locale language) {
        if (language.equals(messages.locale())) {
            return;
        }
        // The keyboard stays where it was (the same field by id), not on the first field of the new view.
        String focusedId = Optional.ofNullable(stage.getScene().getFocusOwner()).map(Node::getId).orElse(null);
        messages.localeProperty().set(language);
        services.settings().setLanguage(language);
        // The last message ("Geopend: twente.pcanvas") was about something past, in the language of then.
        viewModel.status().show("");
        view = new MainView(viewModel, canvas, portraits, workbookPage, exports, windowActions(), checks.entryDecorator());
        if (sidePanel != null) {
            view.setSidePanel(sidePanel.get());
        }
        stage.getScene().setRoot(view);
        // The split pane's skin puts the panels into the scene graph; lookups find them after it is made.
        view.applyCss();
        Node again = focusedId == null ? null : view.lookup("#" + focusedId);
        (again != null && shown(again) ? again : view.lookup("#persona-tree")).requestFocus();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gives the window a right-hand panel. A factory, because views are rebuilt when the language
     * changes; the panel's own view-model lives on.
     */
    public void setSidePanel(Supplier<Node> factory) {
        sidePanel = factory;
        view.setSidePanel(factory.get());
    }

    private void restoreBounds() {
        services.settings().windowBounds().filter(this::onSomeScreen).ifPresent(b -> {
            stage.setX(b.x());
            stage.setY(b.y());
            stage.setWidth(b.width());
            stage.setHeight(b.height());
            stage.setMaximized(b.maximized());
        });
    }

    /** A window remembered on a monitor that is gone would open out of sight. */
    private boolean onSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x(), b.y(), Math.max(1, b.width()), Math.max(1, b.height())).isEmpty();
    }

    private void rememberBounds() {
        services.settings().setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
    }

    /** Opens comparison windows of this window's workbook. */
    public CompareWindow comparison() {
        return comparison;
    }

    public MainView view() {
        return view;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public CanvasViewModel canvas() {
        return canvas;
    }

    public CheckFeature checks() {
        return checks;
    }

    public Autosaver autosaver() {
        return autosaver;
    }
}
