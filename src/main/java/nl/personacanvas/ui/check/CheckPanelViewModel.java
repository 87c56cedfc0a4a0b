package nl.personacanvas.ui.check;

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
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.EntryFinding;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * The check panel and the badges on the notes: re-checks the shown persona after every change, off the
 * FX thread and debounced, so typing never waits for the checker; only the newest request's report is
 * shown, however the background checks finish. It holds the report, the findings behind the badges and the summary;
 * what the panel lists of the coverage is {@link CoverageFigures}'s, the status bar's short forms
 * {@link CheckStatusTexts}'s (split out in session 28: the class had grown to 324 lines).
 */
public final class CheckPanelViewModel {
    private final CanvasViewModel canvas;
    private final WorkbookDocument document;
    private final PersonaChecker checker;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final Messages messages;
    private final CoverageFigures figures;
    private final CheckStatusTexts status;
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableMap<String, EntryFinding> findings = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
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
        this.figures = new CoverageFigures(messages);
        this.status = new CheckStatusTexts(messages);
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
        figures.clear();
        // Without a persona there is nothing to check: say so instead of showing empty headings.
        summary.set(personaShown.get() ? "" : messages.get("check.noPersona"));
        status.clear();
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
        figures.show(r.coverage());
        // A persona whose workbook names no core activity is said to be so, as the list says (ux29b).
        summary.set(r.summary(messages.locale(), document.workbook()));
        status.show(r);
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

    /** The report's coverage as the panel lists it. */
    public CoverageFigures figures() {
        return figures;
    }

    /** The report in short for the status bar. */
    public CheckStatusTexts status() {
        return status;
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
