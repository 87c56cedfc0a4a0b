package nl.personacanvas.ui.check;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.GenericReason;
import nl.personacanvas.check.Placement;
import nl.personacanvas.check.SortedStatement;
import nl.personacanvas.check.StatementFiles;
import nl.personacanvas.check.StatementInput;
import nl.personacanvas.io.Limits;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ReadFailures;
import nl.personacanvas.ui.TaskExecutor;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Sorting loose statements (sticky notes from a workshop) onto a persona's canvas: paste or open them,
 * let the checker propose a quadrant for each in the background, review, and add them as one step.
 */
public final class SortStatementsViewModel {
    private final CanvasChecker checker;
    private final TaskExecutor executor;
    private final WorkbookDocument document;
    private final String personaId;
    private final Messages messages;
    private final Clock clock;
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ObjectProperty<CoreActivity> activity = new SimpleObjectProperty<>(this, "activity");
    private final ObservableList<CoreActivity> activities = FXCollections.observableArrayList();
    private final ObservableList<SortRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringProperty origin = new SimpleStringProperty(this, "origin", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    /** What {@link #accept()} added per quadrant, and how many it left for want of room; null before it ran. */
    private Map<Quadrant, List<String>> added;
    private int leftForRoom;

    public SortStatementsViewModel(CanvasChecker checker, TaskExecutor executor, WorkbookDocument document,
                                   String personaId, Messages messages, Clock clock) {
        this.checker = checker;
        this.executor = executor;
        this.document = document;
        this.personaId = personaId;
        this.messages = messages;
        this.clock = clock;
        activities.setAll(document.workbook().activities());
        document.workbook().persona(personaId).flatMap(document.workbook()::activityOf).ifPresent(activity::set);
        activity.addListener((obs, old, now) -> rows.clear());
    }

    /** Lets the checker place every statement of the input, in the background. */
    public void sort() {
        List<String> statements = lines(input.get());
        String matrixId = activity.get() == null ? null : activity.get().matrixId();
        Task<List<SortedStatement>> task = new Task<>() {
            @Override
            protected List<SortedStatement> call() {
                return statements.stream().map(s -> checker.sorter().sort(s, matrixId)).toList();
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            rows.setAll(task.getValue().stream().map(SortRow::new).toList());
        });
        task.setOnFailed(e -> busy.set(false));
        busy.set(true);
        problem.set("");
        executor.execute(task);
    }

    /**
     * Reads statements from a .txt (one per line) or .csv file into the input, in the background: below what is in it
     * already, which used to be replaced (statements typed or pasted there were gone, with no undo). A statement the
     * input holds already is not added again, and {@link #noticeProperty()} says how many were left out: opening the
     * same file twice doubled every statement (session 24).
     */
    public void load(Path file) {
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() throws IOException {
                return StatementFiles.read(file);
            }
        };
        task.setOnSucceeded(e -> {
            busy.set(false);
            String typed = input.get() == null ? "" : input.get().stripTrailing();
            Set<String> present = new HashSet<>();
            lines(typed).forEach(line -> present.add(SameStatement.key(line)));
            List<String> fresh = task.getValue().stream().filter(s -> !present.contains(SameStatement.key(s))).toList();
            int skipped = task.getValue().size() - fresh.size();
            notice.set(skipped == 0 ? "" : messages.get("sort.skipped", file.getFileName(), skipped));
            if (!fresh.isEmpty()) {
                String read = String.join("\n", fresh);
                input.set(typed.isEmpty() ? read : typed + "\n" + read);
            }
            sort();
        });
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable error = task.getException();
            String reason = error instanceof StatementFiles.TooLarge tooLarge
                    ? messages.get("sort.tooLarge", tooLarge.size() / (1024 * 1024), StatementFiles.MAX_BYTES / (1024 * 1024))
                    : ReadFailures.reason(messages, error);
            problem.set(messages.get("sort.readError", file.getFileName(), reason));
        });
        notice.set("");
        busy.set(true);
        executor.execute(task);
    }

    /** The included statements per quadrant, in input order. */
    public Map<Quadrant, List<String>> accepted() {
        Map<Quadrant, List<String>> result = new EnumMap<>(Quadrant.class);
        for (SortRow row : rows) {
            if (row.includedProperty().get()) {
                row.placementProperty().get().quadrant().ifPresent(q ->
                        result.computeIfAbsent(q, k -> new ArrayList<>()).add(row.text()));
            }
        }
        return result;
    }

    /**
     * Adds the included statements to the persona's canvas as one undoable step; returns how many. A quadrant takes no
     * more than a workbook file holds ({@link Limits#MAX_ENTRIES_PER_QUADRANT}): the statements past its room are not
     * added but left, as {@link #leftOut()} says (a paste of thousands of statements used to make thousands of notes,
     * which froze the window and could not be saved).
     */
    public int accept() {
        Map<Quadrant, List<String>> accepted = accepted();
        Persona persona = document.workbook().persona(personaId).orElse(null);
        if (accepted.isEmpty() || persona == null) {
            return 0;
        }
        Map<Quadrant, List<String>> fitting = new EnumMap<>(Quadrant.class);
        int noRoom = 0;
        for (Map.Entry<Quadrant, List<String>> e : accepted.entrySet()) {
            int room = Math.max(0, Limits.MAX_ENTRIES_PER_QUADRANT - persona.canvas().entries(e.getKey()).size());
            List<String> texts = e.getValue();
            fitting.put(e.getKey(), texts.subList(0, Math.min(room, texts.size())));
            noRoom += Math.max(0, texts.size() - room);
        }
        added = fitting;
        leftForRoom = noRoom;
        int count = fitting.values().stream().mapToInt(List::size).sum();
        if (count == 0) {
            return 0;
        }
        document.sealUndoStep();
        document.apply("undo.sortStatements", null, wb -> wb.updatePersona(personaId, p -> {
            Canvas canvas = p.canvas();
            for (Map.Entry<Quadrant, List<String>> e : fitting.entrySet()) {
                for (String text : e.getValue()) {
                    canvas = canvas.add(e.getKey(), Entry.of(text));
                }
            }
            return p.withCanvas(canvas).withModified(clock.instant());
        }));
        return count;
    }

    /**
     * The statements of the input that {@link #accepted()} leaves off the canvas, and why: rows unticked or placed as
     * "Niet op het canvas", and lines typed after the last proposal. Each added statement takes one equal line of the
     * input, so a statement both added and left (typed twice) stays once.
     */
    public LeftOut leftOut() {
        List<String> remaining = new ArrayList<>(lines(input.get()));
        for (List<String> texts : (added == null ? accepted() : added).values()) {
            texts.forEach(remaining::remove);
        }
        int tooGeneral = 0;
        int otherPerson = 0;
        int byUser = 0;
        for (SortRow row : rows) {
            boolean added = row.includedProperty().get() && row.placementProperty().get().quadrant().isPresent();
            if (added) {
                continue;
            }
            boolean checkersCall = row.placementProperty().get() == Placement.GENERIC
                    && row.proposal().genericReason().isPresent();
            if (!checkersCall) {
                byUser++;
            } else if (row.proposal().genericReason().get() == GenericReason.TOO_GENERAL) {
                tooGeneral++;
            } else {
                otherPerson++;
            }
        }
        int noRoom = added == null ? 0 : leftForRoom;
        int notSorted = Math.max(0, remaining.size() - tooGeneral - otherPerson - byUser - noRoom);
        return remaining.isEmpty() ? LeftOut.NONE
                : new LeftOut(String.join("\n", remaining), tooGeneral, otherPerson, byUser, notSorted, noRoom);
    }

    private static List<String> lines(String text) {
        try {
            return StatementInput.lines(new StringReader(text == null ? "" : text));
        } catch (IOException e) {
            throw new IllegalStateException("Reading a string cannot fail", e);
        }
    }

    /** What the checker said about a statement, for the table. */
    public String proposalText(SortRow row) {
        SortedStatement s = row.proposal();
        return s.genericReason().map(r -> messages.get(switch (r) {
            case TOO_GENERAL -> "sort.reason.tooGeneral";
            case OTHER_PERSON -> "sort.reason.otherPerson";
        })).orElseGet(() -> messages.get("sort.confidence", Math.round(s.confidence() * 100)));
    }

    /** The name of a placement in the table's combo boxes. */
    public String placementName(Placement placement) {
        return placement.quadrant().map(q -> nl.personacanvas.ui.canvas.QuadrantTexts.title(messages, q))
                .orElseGet(() -> messages.get("sort.placement.generic"));
    }

    public StringProperty inputProperty() {
        return input;
    }

    public ObjectProperty<CoreActivity> activityProperty() {
        return activity;
    }

    public ObservableList<CoreActivity> activities() {
        return activities;
    }

    public ObservableList<SortRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whose statements the input holds when they were last in another persona's dialog; empty otherwise. */
    public StringProperty originProperty() {
        return origin;
    }

    /** How many statements of the file last opened the input held already, so were not added again; empty if none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
