package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;

/**
 * Compares another workbook with mine and plans their merge. Personas are matched by id (ids are random,
 * so the same id means the same persona copied between laptops); their core activities are matched to
 * mine first, so their personas can be compared and added without ever pointing at a missing activity.
 */
public final class WorkbookMerger {
    private final MergeText text;

    /** @param locale language of the markers written into the merged workbook and of the report */
    public WorkbookMerger(Locale locale) {
        this.text = new MergeText(locale);
    }

    /**
     * @param source how their workbook is named in markers and the report, usually its file name
     */
    public MergePlan plan(Workbook mine, Workbook theirs, String source) {
        ActivityMatch activities = new ActivityMatch(mine.activities(), theirs.activities());
        List<CoreActivity> merged = new ArrayList<>(mine.activities());
        merged.addAll(activities.added());
        List<FieldDifference> fields = new ArrayList<>();
        field(fields, Field.SCHOOL, mine.school(), theirs.school());
        field(fields, Field.REGION, mine.region(), theirs.region());
        field(fields, Field.TEAM, mine.team(), theirs.team());
        field(fields, Field.DEFINITION, mine.definition(), theirs.definition());
        fields.addAll(activities.nameDifferences());
        List<PersonaAddition> additions = new ArrayList<>();
        List<PersonaConflict> conflicts = new ArrayList<>();
        for (Persona their : theirs.personas()) {
            Persona pointed = their.withActivityId(activities.merged(their.activityId()));
            Optional<Persona> my = mine.persona(their.id());
            if (my.isEmpty()) {
                additions.add(new PersonaAddition(pointed));
                continue;
            }
            PersonaConflict conflict = PersonaDiffer.diff(my.get(), pointed, id -> name(merged, id));
            if (!conflict.isEmpty()) {
                conflicts.add(conflict);
            }
        }
        PrincipleUnion principles = new PrincipleUnion(mine.principles(), theirs.principles());
        return new MergePlan(mine, theirs, Objects.requireNonNull(source, "source"), fields, additions, conflicts,
                activities.added(), principles.merged(), principles.additions(), text);
    }

    /** Merges with the default decisions: keep both wherever the sides differ. */
    public MergeResult mergeKeepingBoth(Workbook mine, Workbook theirs, String source) {
        return plan(mine, theirs, source).apply(MergeDecisions.defaults());
    }

    /**
     * A field they left empty is no difference: keeping both keeps mine, and a coordinator importing panel members'
     * files, most of which leave the working definition (or the region) to the coordinator, was asked about it for
     * every file ("Werkdefinitie", their version blank) and read "werkdefinitie: aangevuld (… / "")" in the report
     * after each, where nothing had been filled in (session 22). A field only they filled in stays a difference, but
     * no question ({@link MergePlan#workbookQuestions()}): mine of only spaces counts as empty, so theirs is taken whole.
     */
    private static void field(List<FieldDifference> fields, Field field, String mine, String theirs) {
        if (!theirs.isBlank() && !mine.strip().equals(theirs.strip())) {
            fields.add(new FieldDifference(FieldDifference.Scope.WORKBOOK, null, field, mine.isBlank() ? "" : mine,
                    theirs));
        }
    }

    private static String name(List<CoreActivity> activities, String id) {
        return activities.stream().filter(a -> a.id().equals(id)).map(CoreActivity::name).findFirst().orElse("");
    }
}
