package nl.personacanvas.ui.main;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.AppServices;
import nl.personacanvas.ui.AppStylesheet;
import nl.personacanvas.ui.FirstFrame;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.QuadrantColours;
import nl.personacanvas.ui.ScreenFonts;
import nl.personacanvas.ui.TextLimits;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.check.CheckFeature;
import nl.personacanvas.ui.check.StatementsKeeper;
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
 * what belongs to the window as a whole (closing, the view rebuilt in another language). What it shows first is
 * {@link StartContent}'s to find out; its menu bar is {@link MainMenuBar}, what that bar's window items do
 * {@link WindowMenuActions}, its size and place {@link WindowPlacement}, its undo keys {@link UndoKeys}.
 */
public final class MainWindow {
    private static final double WIDE_ENOUGH_FOR_SIDE_PANEL = 1200;

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
    private final WindowPlacement placement;
    private final CompareWindow comparison;
    private final MainView.WindowActions actions;
    private MainView view;
    private Supplier<Node> sidePanel;

    public MainWindow(Stage stage, AppServices services, Duration autosaveInterval) {
        this.stage = stage;
        this.services = services;
        this.messages = services.messages();
        // Before any text is laid out: a name with an emoji measured without the emoji font keeps its box.
        ScreenFonts.awaitLoaded();
        StatusLine status = new StatusLine();
        FileCommands files = new FileCommands(document, services.store(), services.samples(), services.dialogs(),
                services.executor(), services.settings(), messages, status, WorkbookLock.Owner.current(services.clock()));
        PersonaListViewModel personas = new PersonaListViewModel(document, messages, services.clock(), status::announce);
        this.viewModel = new MainViewModel(document, messages, files, personas, status);
        this.canvas = new CanvasViewModel(document, services.matrix(), services.clock());
        canvas.personaIdProperty().bind(personas.selectedPersonaIdProperty());
        this.portraits = new PortraitPicker(canvas, services.dialogs(), services.executor(), services.settings(),
                messages);
        this.workbookPage = new WorkbookPageViewModel(document, services.matrix().activities(), messages,
                status::announce);
        this.exports = new ExportCommands(document.workbookProperty(), personas.selectedPersonaIdProperty(), services,
                status::announce, () -> stage);
        this.comparison = new CompareWindow(stage, services, document);
        PersonaImport personaImport = new PersonaImport(stage, services, document, status::show);
        this.actions = new WindowMenuActions(this, stage, services, comparison, personaImport);
        files.mergeConflictCopiesWith(personaImport::importFrom);
        this.placement = new WindowPlacement(stage, services.settings());
        this.autosaver = new Autosaver(document, services.recovery(), services.executor(), services.clock(),
                autosaveInterval, files::knownFingerprint);
        new FileMessages(messages).warnWhenAutosaveFails(autosaver.failureProperty(), status);
        this.checks = new CheckFeature(canvas, document, services.checker(), services.matrix(), services.executor(),
                services.dialogs(), messages, services.clock(), () -> stage, status::announce,
                new StatementsKeeper(services.recovery(), services.executor(), services.clock(), autosaveInterval,
                        document::file, () -> status.announce(messages.get("sort.keepFailed"))));
        this.start = new StartContent(services, viewModel, autosaver, checks::restoreStatements);
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
        view = newView();
        double width = placement.firstWidth();
        // On a small screen the canvas needs the room; the check panel is one menu item away (Beeld > Zijpaneel).
        viewModel.sidePanelShownProperty().set(width >= WIDE_ENOUGH_FOR_SIDE_PANEL);
        // The panel's place is kept from the start; its content follows the first frame with the workbook.
        setSidePanel(StackPane::new);
        Scene scene = new Scene(view, width, placement.firstHeight());
        // Also after the first frame: the text-layout repair starts Pango (tens of ms), which a Dutch first frame
        // does not need.
        FirstFrame.whenShown(scene, document.workbookProperty(), wb -> wb != empty, () -> {
            ComplexTextWrapping.repair();
            setSidePanel(checks::sidePanel);
        });
        QuadrantColours.applyTo(scene);
        AppStylesheet.applyTo(scene);
        UndoKeys.install(scene, document);
        SkinBeforeKeys.install(scene);
        TextLimits.install(scene, messages, viewModel.status()::announce);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        placement.restore();
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
        // The view of the moment: a language switch makes a new one.
        viewModel.status().setAnnouncer(message -> view.announce(message));
        // The panel's hint to choose a persona is no check result: the status bar stays empty then.
        viewModel.statusBar().checkSummaryProperty().bind(Bindings.when(checks.check().personaShownProperty())
                .then(checks.check().status().statusLineProperty()).otherwise(""));
        viewModel.statusBar().checkFiguresProperty().bind(Bindings.when(checks.check().personaShownProperty())
                .then(checks.check().status().statusFiguresProperty()).otherwise(""));
        viewModel.statusBar().checkDetailProperty().bind(Bindings.when(checks.check().personaShownProperty())
                .then(checks.check().summaryProperty()).otherwise(""));
        view.lookup("#persona-tree").requestFocus();
    }

    private MainView newView() {
        return new MainView(viewModel, canvas, portraits, workbookPage, exports, actions,
                new SearchMarks(checks.entryDecorator(), viewModel.personas().matchingEntriesProperty(),
                        viewModel.personas().matchingNotesProperty(), messages));
    }

    /**
     * Asks about unsaved changes, then closes; a clean close leaves no copy of the workbook behind. The sort dialog's
     * statements not yet added stay kept, to be offered at the next start: closing never threw them away with a word.
     */
    public void exit() {
        viewModel.files().whenChangesSettled(() -> {
            checks.keepStatementsNow();
            autosaver.stop();
            autosaver.discardInBackground();
            viewModel.files().close();
            placement.remember();
            stage.close();
        });
    }

    /** The view is rebuilt in the new language; documents, selection and undo history stay as they were. */
    public void switchLanguage(Locale language) {
        if (language.equals(messages.locale())) {
            return;
        }
        // The keyboard stays where it was (the same field by id), not on the first field of the new view.
        Node owner = stage.getScene().getFocusOwner();
        String focusedId = Optional.ofNullable(owner).map(Node::getId).orElse(null);
        int caret = owner instanceof TextInputControl field ? field.getCaretPosition() : -1;
        messages.localeProperty().set(language);
        services.settings().setLanguage(language);
        // The last message ("Geopend: twente.pcanvas") was about something past, in the language of then.
        viewModel.status().show("");
        view = newView();
        if (sidePanel != null) {
            view.setSidePanel(sidePanel.get());
        }
        stage.getScene().setRoot(view);
        // The split pane's skin puts the panels into the scene graph; lookups find them after it is made.
        view.applyCss();
        Node again = focusedId == null ? null : view.lookup("#" + focusedId);
        (again != null && shown(again) ? again : view.lookup("#persona-tree")).requestFocus();
        // The field taking the keyboard selects its whole text, so the next key replaced the user's words: the caret
        // goes back where it was, with nothing selected.
        if (again instanceof TextInputControl field && field.isFocused() && caret >= 0) {
            field.positionCaret(Math.min(caret, field.getLength()));
        }
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
