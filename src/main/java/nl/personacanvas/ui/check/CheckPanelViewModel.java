package nl.personacanvas.ui.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;
import nl.personacanvas.check.AttitudeCoverage;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.CoverageReport;
import nl.personacanvas.check.EntryFinding;
import nl.personacanvas.check.QuadrantCoverage;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.document.WorkbookDocument;
import nl.personacanvas.ui.matrix.AttitudeNames;

/**
 * The check panel and the badges on the notes: re-checks the shown persona after every change, off the
 * FX thread and debounced, so typing never waits for the checker; only the newest request's report is
 * shown, however the background checks finish.
 */
public final class CheckPanelViewModel {
    private final CanvasViewModel canvas;
    private final WorkbookDocument document;
    private final PersonaChecker checker;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Messages messages;
    private final AttitudeNames attitudeNames;
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableMap<String, EntryFinding> findings = FXCollections.observableHashMap();
    private final ObservableList<CoverageRow> coverage = FXCollections.observableArrayList();
    private final ObservableList<String> attitudesPresent = FXCollections.observableArrayList();
    private final ObservableList<String> attitudesMissing = FXCollections.observableArrayList();
    private final ObservableList<String> professionalCovered = FXCollections.observableArrayList();
    private final ObservableList<String> professionalMissing = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", "");
    private final ReadOnlyStringWrapper statusFigures = new ReadOnlyStringWrapper(this, "statusFigures", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyBooleanWrapper personaShown = new ReadOnlyBooleanWrapper(this, "personaShown");
    private final StringProperty highlightedEntry = new SimpleStringProperty(this, "highlightedEntry");
    /** Whether the shown persona's last check threw, so the panel says so instead of waiting for a report. */
    private boolean failed;
    private long latestRequest;
    private Task<CheckReport> running;

    public CheckPanelViewModel(CanvasViewModel canvas, WorkbookDocument document, PersonaChecker checker,
                               TaskExecutor executor, Debouncer debouncer, Messages messages) {
        this.canvas = canvas;
        this.document = document;
        this.checker = checker;
        this.executor = executor;
        this.debouncer = debouncer;
        this.messages = messages;
        this.attitudeNames = new AttitudeNames(messages);
        document.workbookProperty().addListener((obs, old, now) -> requestCheck());
        personaShown.bind(canvas.personaIdProperty().isNotNull());
        canvas.personaIdProperty().addListener((obs, old, now) -> {
            awaitReport(now);
            requestCheck();
        });
        messages.localeProperty().addListener((obs, old, now) -> {
            if (report.get() != null) {
                show(report.get());
            } else if (!personaShown.get()) {
                clear();
            } else {
                summary.set(messages.get(failed ? "check.failed" : "check.pending"));
            }
        });
        requestCheck();
    }

    private Optional<Persona> persona() {
        return Optional.ofNullable(canvas.personaIdProperty().get()).flatMap(document.workbook()::persona);
    }

    /** Asks for a check once typing pauses; the newest request wins. */
    public void requestCheck() {
        debouncer.request(this::checkNow);
    }

    private void checkNow() {
        long ticket = ++latestRequest;
        if (running != null) {
            running.cancel(false);
        }
        Optional<Persona> shown = persona();
        if (shown.isEmpty()) {
            running = null;
            checking.set(false);
            clear();
            return;
        }
        Persona persona = shown.get();
        CoreActivity activity = document.workbook().activityOf(persona).orElse(null);
        Task<CheckReport> task = new Task<>() {
            @Override
            protected CheckReport call() {
                return checker.check(persona, activity);
            }
        };
        task.setOnSucceeded(e -> {
            if (ticket == latestRequest) {
                checking.set(false);
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (ticket == latestRequest) {
                System.getLogger(CheckPanelViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "checking " + persona.id() + " failed", task.getException());
                showFailure();
            }
        });
        running = task;
        checking.set(true);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            // The window is closing and background work has stopped; a last check has no one to show it to.
            running = null;
            checking.set(false);
        }
    }

    /**
     * Another persona is shown: until its own report comes, the panel says it is being checked. It went on showing
     * "choose a persona in the list" (coming from the workbook page) or the previous persona's coverage under the new
     * persona's canvas, for seconds on a busy laptop (session 23).
     */
    private void awaitReport(String personaId) {
        if (personaId == null || report.get() != null && personaId.equals(report.get().personaId())) {
            return;
        }
        // A check of the previous persona still running is of no use now: its report would show under this canvas.
        latestRequest++;
        if (running != null) {
            running.cancel(false);
            running = null;
        }
        clear();
        summary.set(messages.get("check.pending"));
        checking.set(true);
    }

    /**
     * The check threw: the panel stops saying it is checking (it said so forever after session 23) and says the
     * check could not be done. An older report is not shown on as if it were this canvas's; the next edit asks again.
     */
    private void showFailure() {
        checking.set(false);
        clear();
        failed = true;
        summary.set(messages.get("check.failed"));
    }

    private void clear() {
        failed = false;
        report.set(null);
        findings.clear();
        coverage.clear();
        attitudesPresent.clear();
        attitudesMissing.clear();
        professionalCovered.clear();
        professionalMissing.clear();
        // Without a persona there is nothing to check: say so instead of showing empty headings.
        summary.set(personaShown.get() ? "" : messages.get("check.noPersona"));
        statusLine.set("");
        statusFigures.set("");
    }

    private void show(CheckReport r) {
        failed = false;
        report.set(r);
        findings.keySet().retainAll(r.entries().stream().map(EntryFinding::entryId).toList());
        for (EntryFinding f : r.entries()) {
            if (!f.equals(findings.get(f.entryId()))) {
                findings.put(f.entryId(), f);
            }
        }
        CoverageReport c = r.coverage();
        List<CoverageRow> rows = new ArrayList<>();
        for (QuadrantCoverage q : c.quadrants()) {
            rows.add(new CoverageRow(q.quadrant(), q.coverage(), figure(q.covered().size(), q.total()),
                    q.missing().stream().map(this::quoted).toList()));
        }
        AttitudeCoverage a = c.attitudes();
        // The missing attitudes are listed in their own section, not twice.
        rows.add(new CoverageRow(Quadrant.ATTITUDE, a.coverage(), figure(a.present().size(), a.total()), List.of()));
        coverage.setAll(rows);
        attitudesPresent.setAll(a.present().stream().map(this::attitudeName).toList());
        attitudesMissing.setAll(a.missing().stream().map(this::attitudeName).toList());
        professionalCovered.setAll(c.professionalCovered().stream().map(MatrixElement::label).toList());
        professionalMissing.setAll(c.professionalMissing().stream().map(this::quoted).toList());
        summary.set(r.summary(messages.locale()));
        statusLine.set(statusLine(r, "check.statusLine"));
        statusFigures.set(statusLine(r, "check.statusFigures"));
    }

    /**
     * The summary short enough for the status bar beside its other parts at the usual window widths: the figures,
     * and how many notes have a badge; the whole sentence is its tooltip and the side panel's. {@code key} is the
     * sentence of those figures ({@code check.statusLine}) or the figures alone ({@code check.statusFigures}).
     */
    private String statusLine(CheckReport r, String key) {
        CoverageReport c = r.coverage();
        int covered = r.isOwnActivity() ? c.professionalCovered().size() : c.coveredElements();
        int total = r.isOwnActivity() ? c.professionalCovered().size() + c.professionalMissing().size()
                : c.totalElements();
        long flagged = r.entries().stream().filter(f -> !f.flags().isEmpty()).count();
        return messages.get(key, covered, total, c.attitudes().present().size(), c.attitudes().total(),
                flagged);
    }

    /**
     * What the matrix says of a missing element, verbatim. In an English window between quotation marks: the Dutch
     * reads as the study's words quoted (the panel's note says so), not as a text the app forgot to translate.
     */
    private String quoted(MatrixElement element) {
        return attitudeNames.matrixInOtherLanguage() ? messages.get("check.quoted", element.excerpt())
                : element.excerpt();
    }

    /** "benaderbaar"; in an English window "approachable (benaderbaar)". */
    private String attitudeName(Attitude attitude) {
        return attitudeNames.nameWithMatrixWord(attitude.name());
    }

    private String figure(int covered, int total) {
        return messages.get("check.coverage.figure", covered, total);
    }

    /** Moves a misplaced entry to the quadrant the checker suggests, as one undoable step. */
    public void moveToSuggested(String entryId) {
        Optional.ofNullable(findings.get(entryId)).flatMap(EntryFinding::suggestedQuadrant)
                .ifPresent(q -> canvas.moveEntryAndFollow(entryId, q));
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The newest findings per entry id. */
    public ObservableMap<String, EntryFinding> findings() {
        return findings;
    }

    /** Design, deliver, organise (when the activity has matrix cells) and Houding. */
    public ObservableList<CoverageRow> coverage() {
        return coverage;
    }

    public ObservableList<String> attitudesPresent() {
        return attitudesPresent;
    }

    public ObservableList<String> attitudesMissing() {
        return attitudesMissing;
    }

    public ObservableList<String> professionalCovered() {
        return professionalCovered;
    }

    /** The matrix's wording of the professional row's elements that show nowhere yet. */
    public ObservableList<String> professionalMissing() {
        return professionalMissing;
    }

    /** The status bar's short form of {@link #summaryProperty()}; empty while there is no report. */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    /**
     * The figures of {@link #statusLineProperty()} alone ("4/14 elementen · 3/10 houdingen · 2 badges"), for a status
     * bar too narrow for that sentence beside a message (1024 px, session 23); empty while there is no report.
     */
    public ReadOnlyStringProperty statusFiguresProperty() {
        return statusFigures.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether a persona's canvas is shown, so that there is something to check and to sort statements onto. */
    public ReadOnlyBooleanProperty personaShownProperty() {
        return personaShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The entry an overlap badge points at, so its note can light up. */
    public StringProperty highlightedEntryProperty() {
        return highlightedEntry;
    }

    public Messages messages() {
        return messages;
    }
}
