package nl.personacanvas.ui.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import nl.personacanvas.pdf.PersonaSelection;
import nl.personacanvas.ui.PaperChoices;
import nl.personacanvas.pdf.PosterOptions;

/**
 * The choices an export and the preview share: which personas, paper, orientation, tiling, footer
 * with or without the check summary, one file or one per persona. Kept for the window's lifetime, so the dialog opens with the last
 * choices. {@link #problemProperty()} says in words why the current choices cannot be exported.
 */
public final class ExportOptionsViewModel {
    private final ObservableValue<Workbook> workbookSource;
    private final ObservableValue<String> currentPersonaSource;
    private final ChangeListener<Workbook> workbookFollower;
    private final ChangeListener<String> currentFollower;
    private final ReadOnlyObjectWrapper<Workbook> workbook = new ReadOnlyObjectWrapper<>(this, "workbook");
    private final ReadOnlyStringWrapper currentPersonaId = new ReadOnlyStringWrapper(this, "currentPersonaId");
    private final ExportTexts texts;
    private final Clock clock;

    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(this, "scope", ExportScope.CURRENT);
    private final ObservableSet<String> chosenIds = FXCollections.observableSet();
    private final StringProperty activityId = new SimpleStringProperty(this, "activityId");
    private final ObjectProperty<PaperSize> size = new SimpleObjectProperty<>(this, "size", PaperSize.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape");
    private final BooleanProperty tiled = new SimpleBooleanProperty(this, "tiled");
    private final ObjectProperty<PaperSize> tileSheet = new SimpleObjectProperty<>(this, "tileSheet", PaperSize.A4);
    private final BooleanProperty footer = new SimpleBooleanProperty(this, "footer", true);
    private final BooleanProperty checkSummary = new SimpleBooleanProperty(this, "checkSummary", true);
    private final BooleanProperty onePerPersona = new SimpleBooleanProperty(this, "onePerPersona");
    private final ObjectBinding<String> problem;
    private final StringBinding tilingSheets;
    private final BooleanBinding tilingPossible;
    private final BooleanBinding noCurrentPersona;
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
        this.clock = clock;
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
        tilingPossible = Bindings.createBooleanBinding(() -> PosterOptions.canTile(size.get(), PaperSize.A4), size);
        // Only A2 and A1 are split (the sheets are A4 or A3): at a smaller size the box is off and cannot be ticked,
        // where a tick used to be taken and then refused with a problem that held up Exporteren (docs/editor.md, ui15).
        tilingPossible.addListener((obs, was, now) -> {
            if (!now) {
                tiled.set(false);
            }
        });
        tiled.addListener((obs, was, now) -> {
            if (now && !tilingPossible.get()) {
                tiled.set(false);
            }
        });
        // What tiling costs in paper, before printing: A2 on A4 is 8 sheets a poster, 48 for six personas.
        tilingSheets = Bindings.createStringBinding(this::describeSheets, tiled, tileSheet, size, landscape,
                this.workbook, this.currentPersonaId, scope, chosenIds, activityId);
    }

    private String describeSheets() {
        if (!tiled.get() || !tilingPossible.get()) {
            return "";
        }
        int perPage = new PosterOptions(size.get(), landscape.get(), tileSheet.get(), true, true, texts.locale(),
                LocalDate.now(clock)).sheetsPerPage();
        int posters = scope.get() == ExportScope.REPORT ? 0 : personas().size();
        return texts.get("options.tiling.sheets", posters, perPage, tileSheet.get().name(), perPage * posters);
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
        size.set(previous.size.get());
        landscape.set(previous.landscape.get());
        tiled.set(previous.tiled.get());
        tileSheet.set(previous.tileSheet.get());
        footer.set(previous.footer.get());
        checkSummary.set(previous.checkSummary.get());
        onePerPersona.set(previous.onePerPersona.get());
    }

    /** The paper and footer chosen here, to remember for the next start. */
    public PaperChoices paperChoices() {
        return new PaperChoices(size.get(), landscape.get(), tiled.get(), tileSheet.get(), footer.get(),
                checkSummary.get());
    }

    /** Starts from the paper and footer remembered from an earlier run. */
    public void usePaper(PaperChoices paper) {
        size.set(paper.size());
        landscape.set(paper.landscape());
        tiled.set(paper.tiled());
        tileSheet.set(paper.tileSheet());
        footer.set(paper.footer());
        checkSummary.set(paper.checkSummary());
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

    private Optional<String> findProblem() {
        Workbook wb = workbook.get();
        ExportScope s = scope.get();
        if (s == ExportScope.CURRENT && currentPersona().isEmpty()) {
            return Optional.of(texts.get("problem.noCurrent"));
        }
        if (s == ExportScope.SELECTED && chosenIds.isEmpty()) {
            return Optional.of(texts.get("problem.noneChosen"));
        }
        if (s == ExportScope.ACTIVITY) {
            if (activityId.get() == null || wb.activity(activityId.get()).isEmpty()) {
                return Optional.of(texts.get("problem.noActivity"));
            }
            if (wb.personasOf(activityId.get()).isEmpty()) {
                return Optional.of(texts.get("problem.emptyActivity"));
            }
        }
        if (s == ExportScope.ALL && wb.personas().isEmpty()) {
            return Optional.of(texts.get("problem.noPersonas"));
        }
        if (s == ExportScope.REPORT && onePerPersona.get()) {
            return Optional.of(texts.get("problem.reportIsOneFile"));
        }
        return Optional.empty();
    }

    private Optional<Persona> currentPersona() {
        return Optional.ofNullable(currentPersonaId.get()).flatMap(workbook.get()::persona);
    }

    /** The personas the choices name, in workbook order. */
    public List<Persona> personas() {
        Workbook wb = workbook.get();
        return switch (scope.get()) {
            case CURRENT -> currentPersona().map(List::of).orElse(List.of());
            case SELECTED -> chosenIds.isEmpty() ? List.of() : PersonaSelection.select(wb, List.copyOf(chosenIds), null);
            case ALL, REPORT -> wb.personas();
            case ACTIVITY -> activityId.get() == null || wb.activity(activityId.get()).isEmpty() ? List.of()
                    : PersonaSelection.select(wb, List.of(), activityId.get());
        };
    }

    /** The export the choices describe, dated today and labelled in the UI's language. */
    public ExportRequest request() {
        String reason = problem.get();
        if (reason != null) {
            throw new IllegalStateException(reason);
        }
        return new ExportRequest(workbook.get(), personas(), posterOptions(), scope.get() == ExportScope.REPORT,
                onePerPersona.get());
    }

    private PosterOptions posterOptions() {
        return new PosterOptions(size.get(), landscape.get(), tiled.get() ? tileSheet.get() : null, footer.get(),
                checkSummary.get(), texts.locale(), LocalDate.now(clock));
    }

    /** The export's name (the print job's too): the persona, or the school's posters or report. */
    public String suggestedName() {
        // Asked each time: the UI's language can change while the dialog's choices are kept.
        ExportNames names = new ExportNames(texts.locale());
        Workbook wb = workbook.get();
        return switch (scope.get()) {
            case CURRENT -> currentPersona().map(Persona::name).orElse(names.workbook(wb));
            case REPORT -> names.report(wb);
            default -> names.posters(wb);
        };
    }

    /** A file name for the export without extension: its name with the paper (see {@link ExportNames}). */
    public String suggestedFileName() {
        return new ExportNames(texts.locale()).fileName(suggestedName(), posterOptions(),
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
        return size;
    }

    public BooleanProperty landscapeProperty() {
        return landscape;
    }

    public BooleanProperty tiledProperty() {
        return tiled;
    }

    public ObjectProperty<PaperSize> tileSheetProperty() {
        return tileSheet;
    }

    public BooleanProperty footerProperty() {
        return footer;
    }

    /** Print the check summary (coverage per quadrant, attitudes present) in the footer, next to the date. */
    public BooleanProperty checkSummaryProperty() {
        return checkSummary;
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
        return tilingSheets;
    }

    /** Whether the chosen paper size can be tiled at all (A2 and A1). */
    public BooleanBinding tilingPossibleProperty() {
        return tilingPossible;
    }
}
