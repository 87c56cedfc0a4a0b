package nl.personacanvas.ui.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.merge.Choice;
import nl.personacanvas.merge.Difference;
import nl.personacanvas.merge.MergeDecisions;
import nl.personacanvas.merge.MergePlan;
import nl.personacanvas.merge.MergeResult;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.merge.WorkbookMerger;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.document.WorkbookDocument;

/**
 * Importing personas from another workbook into the open one: the plan of what differs, one choice per
 * difference (starting at the merge's default, which never drops anything), and applying it as one undo
 * step.
 */
public final class MergeViewModel {
    private int conflictsKept;
    private boolean changedNothing;
    private final WorkbookDocument document;
    private final Locale locale;
    private final MergePlan plan;
    private final Map<Difference, ObjectProperty<Choice>> choices = new LinkedHashMap<>();

    public MergeViewModel(WorkbookDocument document, Locale locale, Workbook theirs, String source) {
        this.document = document;
        this.locale = locale;
        this.plan = new WorkbookMerger(locale).plan(document.workbook(), theirs, source);
        plan.differences().forEach(d -> choices.put(d, new SimpleObjectProperty<>(this, d.key(), d.defaultChoice())));
    }

    public MergePlan plan() {
        return plan;
    }

    /**
     * Whether the user has to choose: some persona both workbooks hold differs, or a workbook field holds text theirs
     * would change ({@link MergePlan#workbookQuestions()}).
     */
    public boolean needsChoices() {
        return !plan.conflicts().isEmpty() || !plan.workbookQuestions().isEmpty();
    }

    public ObjectProperty<Choice> choice(Difference difference) {
        ObjectProperty<Choice> choice = choices.get(difference);
        if (choice == null) {
            throw new IllegalArgumentException("Not a difference of this merge: " + difference.key());
        }
        return choice;
    }

    /** Applies the choices as one undoable step; returns the report's lines in the UI's language. */
    public List<String> apply() {
        MergeDecisions decisions = MergeDecisions.defaults();
        for (Map.Entry<Difference, ObjectProperty<Choice>> e : choices.entrySet()) {
            decisions = decisions.with(e.getKey(), e.getValue().get());
        }
        MergeResult result = plan.apply(decisions);
        document.apply("undo.merge.import", null, wb -> result.workbook());
        conflictsKept = result.report().conflictsKept();
        changedNothing = result.report().changedNothing();
        return result.report().render(new MergeText(locale));
    }

    /** Whether the last {@link #apply()} found nothing to take over: no undo step was made. */
    public boolean changedNothing() {
        return changedNothing;
    }

    /** How many conflicts the last {@link #apply()} kept both ways, theirs marked; the user still has to choose. */
    public int conflictsKept() {
        return conflictsKept;
    }
}
