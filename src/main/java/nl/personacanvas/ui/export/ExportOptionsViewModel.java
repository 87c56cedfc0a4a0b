package nl.personacanvas.ui.export;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.ExportNames;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.PaperChoices;

/**
 * The choices an export and the preview share: which personas, paper, orientation, tiling, footer
 * with or without the check summary, one file or one per persona. Kept for the window's lifetime, so the dialog opens with the last
 * choices. {@link #problemProperty()} says in words why the current choices cannot be exported.
 *
 * <p>This view-model follows the window's workbook and open persona and keeps the scope's state; the rules of which
 * personas a scope names, why it names none and what the export is called are {@link PersonaChoice}'s (no JavaFX), the
 * paper and footer {@link ExportPaperViewModel}'s. Its paper properties hand on that part's, so the views bind here.
 */
public final class ExportOptionsViewModel {
    private final ObservableValue<Workbook> workbookSource;
    private final ObservableValue<String> currentPersonaSource;
    private final ChangeListener<Workbook> workbookFollower;
    private final ChangeListener<String> currentFollower;
    private final ReadOnlyObjectWrapper<Workbook> workbook = new ReadOnlyObjectWrapper<>(this, "workbook");
    private final ReadOnlyStringWrapper currentPersonaId = new ReadOnlyStringWrapper(this, "currentPersonaId");
    private final ExportTexts texts;

    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(this, "scope", ExportScope.CURRENT);
    private final ObservableSet<String> chosenIds = FXCollections.observableSet();
    private final StringProperty activityId = new SimpleStringProperty(this, "activityId");
    private final BooleanProperty onePerPersona = new SimpleBooleanProperty(this, "onePerPersona");
    private final ObjectBinding<String> problem;
    private final BooleanBinding noCurrentPersona;
    private final ExportPaperViewModel paper;
    /**
     * False while the scope is the one the app started with (the current persona, or every persona when none was
     * open): such a scope is not the user's choice, so the next dialog starts from what is open then.
     */
    private boolean scopeChosen;

    public ExportOptionsViewModel(ObservableValue<Workbook> workbook, ObservableValue<String> currentPersonaId,
                                  ExportTexts texts, Clock clock) {
        this.workbookSource = workbook;
        this.currentPersonaSource = currentPersonaId;
        this.texts = texts;
        // The only listeners on the window's state, removed by dispose(); everything else listens here.
        this.workbookFollower = (obs, old, now) -> follow(now);
        this.currentFollower = (obs, old, now) -> this.currentPersonaId.set(now);
        workbook.addListener(workbookFollower);
        currentPersonaId.addListener(currentFollower);
        this.workbook.set(workbook.getValue());
        this.currentPersonaId.set(currentPersonaId.getValue());
        Observable[] inputs = {this.workbook, this.currentPersonaId, scope, chosenIds, activityId, onePerPersona};
        problem = Bindings.createObjectBinding(() -> findProblem().orElse(null), inputs);
        scope.addListener((obs, old, now) -> scopeChosen = true);
        // With no persona open "the current persona" exports nothing: the option is off (the view greys it out), and
        // a scope left on it (remembered from the last dialog, or the persona deleted) moves to every persona.
        noCurrentPersona = Bindings.createBooleanBinding(() -> currentPersona().isEmpty(), this.workbook,
                this.currentPersonaId);
        noCurrentPersona.addListener((obs, was, now) -> leaveAnEmptyCurrent());
        IntegerBinding posters = Bindings.createIntegerBinding(
                () -> scope.get() == ExportScope.REPORT ? 0 : personas().size(),
                this.workbook, this.currentPersonaId, scope, chosenIds, activityId);
        paper = new ExportPaperViewModel(posters, texts, clock);
    }

    private void follow(Workbook now) {
        // Ticks on personas that were deleted meanwhile must not reach the exporter.
        chosenIds.removeIf(id -> now.persona(id).isEmpty());
        workbook.set(now);
    }

    /**
     * Starts with the persona open in the editor, or with every persona when none is: "the current persona" with
     * none open would start the dialog with a complaint.
     */
    public void startWithWhatIsOpen() {
        scope.set(currentPersona().isPresent() ? ExportScope.CURRENT : ExportScope.ALL);
        scopeChosen = false;
    }

    /**
     * Starts from the choices made last time (the dialog remembers them while the app runs). A scope the user never
     * picked is not carried over: a dialog once opened on the workbook page (every persona) would otherwise make
     * Ctrl+P on a persona print every poster.
     */
    public void copyChoicesFrom(ExportOptionsViewModel previous) {
        if (previous.scopeChosen) {
            scope.set(previous.scope.get());
            scopeChosen = true;
        } else {
            startWithWhatIsOpen();
        }
        leaveAnEmptyCurrent();
        chosenIds.addAll(previous.chosenIds.stream().filter(id -> workbook.get().persona(id).isPresent()).toList());
        activityId.set(previous.activityId.get());
        paper.copyFrom(previous.paper);
        onePerPersona.set(previous.onePerPersona.get());
    }

    /** The paper and footer chosen here, to remember for the next start. */
    public PaperChoices paperChoices() {
        return paper.choices();
    }

    /** Starts from the paper and footer remembered from an earlier run. */
    public void usePaper(PaperChoices choices) {
        paper.use(choices);
    }

    private void leaveAnEmptyCurrent() {
        if (scope.get() == ExportScope.CURRENT && noCurrentPersona.get()) {
            scope.set(ExportScope.ALL);
            // Not the user's choice: the next dialog starts from what is open then (see startWithWhatIsOpen).
            scopeChosen = false;
        }
    }

    /** True while no persona is open in the editor: the option "the current persona" then has nothing to export. */
    public BooleanBinding noCurrentPersonaProperty() {
        return noCurrentPersona;
    }

    /** Stops following the window's workbook and selection, so a closed dialog can be collected. */
    public void dispose() {
        workbookSource.removeListener(workbookFollower);
        currentPersonaSource.removeListener(currentFollower);
    }

    /** The personas part of the choices as they are now. */
    private PersonaChoice personaChoice() {
        return new PersonaChoice(workbook.get(), scope.get(), currentPersonaId.get(), chosenIds, activityId.get());
    }

    private Optional<String> findProblem() {
        return personaChoice().problemKey(onePerPersona.get()).map(key -> texts.get(key));
    }

    private Optional<Persona> currentPersona() {
        return personaChoice().currentPersona();
    }

    /** The personas the choices name, in workbook order. */
    public List<Persona> personas() {
        return personaChoice().personas();
    }

    /** The export the choices describe, dated today and labelled in the UI's language. */
    public ExportRequest request() {
        String reason = problem.get();
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        return new ExportRequest(workbook.get(), personas(), paper.posterOptions(), scope.get() == ExportScope.REPORT,
                onePerPersona.get());
    }

    /** The export's name (the print job's too): the persona, or the school's posters or report. */
    public String suggestedName() {
        // Asked each time: the UI's language can change while the dialog's choices are kept.
        return personaChoice().name(new ExportNames(texts.locale()));
    }

    /** A file name for the export without extension: its name with the paper (see {@link ExportNames}). */
    public String suggestedFileName() {
        return new ExportNames(texts.locale()).fileName(suggestedName(), paper.posterOptions(),
                scope.get() == ExportScope.REPORT);
    }

    public Workbook workbook() {
        return workbook.get();
    }

    public ReadOnlyObjectProperty<Workbook> workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentPersonaIdProperty() {
        return currentPersonaId.getReadOnlyProperty();
    }

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    /** Persona ids ticked for {@link ExportScope#SELECTED}. */
    public ObservableSet<String> chosenIds() {
        return chosenIds;
    }

    public StringProperty activityIdProperty() {
        return activityId;
    }

    public ObjectProperty<PaperSize> sizeProperty() {
        return paper.sizeProperty();
    }

    public BooleanProperty landscapeProperty() {
        return paper.landscapeProperty();
    }

    public BooleanProperty tiledProperty() {
        return paper.tiledProperty();
    }

    public ObjectProperty<PaperSize> tileSheetProperty() {
        return paper.tileSheetProperty();
    }

    public BooleanProperty footerProperty() {
        return paper.footerProperty();
    }

    /** Print the check summary (coverage per quadrant, attitudes present) in the footer, next to the date. */
    public BooleanProperty checkSummaryProperty() {
        return paper.checkSummaryProperty();
    }

    public BooleanProperty onePerPersonaProperty() {
        return onePerPersona;
    }

    /** Why the choices cannot be exported, or null when they can. */
    public ObjectBinding<String> problemProperty() {
        return problem;
    }

    /** How many sheets the tiling makes ("8 A4-vellen per posterpagina; 6 posters: 48 vellen"); empty untiled. */
    public StringBinding tilingSheetsProperty() {
        return paper.tilingSheetsProperty();
    }

    /** Whether the chosen paper size can be tiled at all (A2 and A1). */
    public BooleanBinding tilingPossibleProperty() {
        return paper.tilingPossibleProperty();
    }
}
