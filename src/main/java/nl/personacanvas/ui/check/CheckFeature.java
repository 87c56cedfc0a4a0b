package nl.personacanvas.ui.check;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.UnsortedStatements;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.UserFolders;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.canvas.EntryDecorator;
import nl.personacanvas.ui.document.WorkbookDocument;
import nl.personacanvas.ui.matrix.MatrixReferenceView;
import nl.personacanvas.ui.matrix.MatrixReferenceViewModel;

/**
 * The checker in the editor: its view-models live as long as the window, its views are built with the
 * main view (anew when the language changes). The window asks it for the side panel and the badges.
 */
public final class CheckFeature {
    /** Long enough to skip the keystrokes of a word, short enough to feel live. */
    private static final Duration QUIET = Duration.millis(200);

    private final CheckPanelViewModel check;
    private final MatrixReferenceViewModel matrix;
    private final CanvasViewModel canvas;
    private final WorkbookDocument document;
    private final CanvasChecker checker;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<Window> owner;
    private final Consumer<String> announce;
    private final StatementsKeeper keeper;
    /**
     * The statements in the sort dialog when it was last closed without adding them, or those adding left off the
     * canvas: shown again at its next opening.
     */
    private String unsortedInput = "";
    /** The persona in whose dialog {@link #unsortedInput} was last: null when not known (kept by an older version). */
    private String unsortedPersonaId;

    /** @param keeper keeps the sort dialog's statements in the recovery folder until they are added */
    public CheckFeature(CanvasViewModel canvas, WorkbookDocument document, CanvasChecker checker,
                        CompetencyMatrix competencyMatrix, TaskExecutor executor, DialogService dialogs,
                        Messages messages, Clock clock, Supplier<Window> owner, Consumer<String> announce,
                        StatementsKeeper keeper) {
        this.keeper = keeper;
        this.canvas = canvas;
        this.document = document;
        this.checker = checker;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        this.owner = owner;
        this.announce = announce;
        this.check = new CheckPanelViewModel(canvas, document, checker::check, executor, new FxDebouncer(QUIET), messages);
        this.matrix = new MatrixReferenceViewModel(competencyMatrix, messages, canvas.activityProperty(),
                canvas.focusedQuadrantProperty());
    }

    public EntryDecorator entryDecorator() {
        return new EntryBadges(check, messages);
    }

    public Node sidePanel() {
        return new SidePanelView(new CheckPanelView(check, this::openSort), new MatrixReferenceView(matrix), messages);
    }

    /** Opens the sort dialog for the shown persona, with the statements it was last closed on without adding them. */
    public void openSort() {
        String personaId = canvas.personaIdProperty().get();
        if (personaId == null) {
            return;
        }
        SortStatementsViewModel vm = new SortStatementsViewModel(checker, executor, document, personaId, messages, clock);
        vm.inputProperty().set(unsortedInput);
        vm.originProperty().set(origin(personaId));
        // From here on the statements are in this persona's dialog: what is kept is noted with this persona.
        keeper.forPersona(personaId);
        // Kept as it is typed: until added, the statements are in no workbook and no copy of one.
        vm.inputProperty().addListener((obs, old, now) -> keeper.changed(now));
        SortStatementsDialog dialog = new SortStatementsDialog(vm, messages, owner.get(),
                () -> dialogs.chooseStatements(Optional.of(UserFolders.besideOrDocuments(document.file()))));
        // The new notes go to the ends of their quadrants, Houding's often below the fold: say what happened.
        dialog.setOnHidden(e -> {
            Integer added = dialog.getResult();
            // A quadrant already full adds nothing, and says why (session 24).
            if (added != null && (added > 0 || vm.leftOut().noRoom() > 0)) {
                // What was not added (the checker's "Niet op het canvas", the user's unticked rows) is still the
                // panel's words: it stays for the next opening and in the recovery folder, and the status line says so.
                LeftOut left = vm.leftOut();
                unsortedInput = left.text();
                unsortedPersonaId = personaId;
                if (unsortedInput.isEmpty()) {
                    keeper.discard();
                } else {
                    keeper.keep(unsortedInput);
                }
                String name = document.workbook().persona(personaId).map(Persona::name).orElse("");
                announce.accept(left.summary(messages, name, added));
            } else {
                // Closed without adding (Annuleren, Escape, the window's cross): what was typed or pasted there is
                // in no workbook and no recovery copy, and one key press used to throw it away.
                unsortedInput = vm.inputProperty().get() == null ? "" : vm.inputProperty().get();
                unsortedPersonaId = personaId;
                keeper.keep(unsortedInput);
                if (!unsortedInput.isBlank()) {
                    announce.accept(messages.get("sort.kept"));
                }
            }
        });
        dialog.show();
    }

    /**
     * Statements kept from a run that ended before they were added (a crash), taken back: the dialog's next opening
     * shows them. They stay kept in the recovery folder until added or cleared.
     */
    public void restoreStatements(UnsortedStatements statements) {
        unsortedInput = statements.text();
        unsortedPersonaId = statements.personaId();
    }

    /**
     * The statements belong to the window, not to a persona: they are shown in whichever persona's dialog opens next, as
     * a panel's sticky notes may be for any of them. Opened for another persona than the one they were last in, the
     * dialog says whose they were, so nobody adds Laura's statements to Ans's canvas unawares. Empty otherwise, and when
     * that persona is gone or not known.
     */
    private String origin(String personaId) {
        if (unsortedInput.isBlank() || unsortedPersonaId == null || unsortedPersonaId.equals(personaId)) {
            return "";
        }
        return document.workbook().persona(unsortedPersonaId).map(p -> messages.get("sort.origin", p.name(),
                document.workbook().persona(personaId).map(Persona::name).orElse(""))).orElse("");
    }

    /** Keeps what the sort dialog holds now, not after the next pause (the window is closing). */
    public void keepStatementsNow() {
        keeper.writeNow();
    }

    public CheckPanelViewModel check() {
        return check;
    }

    public MatrixReferenceViewModel matrix() {
        return matrix;
    }
}
