package nl.personacanvas.merge;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Workbook;

/**
 * Everything that differs between my workbook and theirs, ready for decisions: made by
 * {@link WorkbookMerger#plan}, shown by a UI, then {@link #apply applied} in one step. What merges without
 * a question is already settled here: their core activities matched to mine or added, and principles
 * joined.
 *
 * @param workbookFields  school, region, team, definition and core activity names that differ
 * @param additions       personas only they have
 * @param conflicts       personas both have (same id) that differ
 * @param addedActivities their core activities I lack, with the ids they get in the result
 * @param principles      my principles with theirs joined in
 */
public record MergePlan(Workbook mine, Workbook theirs, String source, List<FieldDifference> workbookFields,
                        List<PersonaAddition> additions, List<PersonaConflict> conflicts,
                        List<CoreActivity> addedActivities, List<PrincipleTheme> principles,
                        List<Message> principleAdditions, MergeText text) {

    public MergePlan {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        Objects.requireNonNull(source, "source");
        workbookFields = List.copyOf(workbookFields);
        additions = List.copyOf(additions);
        conflicts = List.copyOf(conflicts);
        addedActivities = List.copyOf(addedActivities);
        principles = List.copyOf(principles);
        principleAdditions = List.copyOf(principleAdditions);
        Objects.requireNonNull(text, "text");
    }

    /** Every difference a person may decide on, workbook fields first, then personas in their order. */
    public List<Difference> differences() {
        return Stream.of(workbookFields.stream(), additions.stream(),
                        conflicts.stream().flatMap(PersonaConflict::differences))
                .flatMap(s -> s.map(Difference.class::cast)).toList();
    }

    /**
     * The workbook fields a person has to choose on: those where my field holds text theirs would change. A field I
     * left empty takes theirs without a question (keeping both is theirs alone): importing panel members' files into a
     * new workbook asked about School, Regio and Team, where the empty side had nothing to lose (session 24).
     */
    public List<FieldDifference> workbookQuestions() {
        return workbookFields.stream().filter(d -> !d.mine().isBlank()).toList();
    }

    /** Whether the non-interactive merge would have to keep two versions of something, marked. */
    public boolean hasConflicts() {
        return differences().stream().anyMatch(Difference::conflicting);
    }

    /** Whether merging changes nothing at all (e.g. a workbook merged with itself). */
    public boolean isEmpty() {
        return differences().isEmpty() && addedActivities.isEmpty() && principleAdditions.isEmpty();
    }

    /** The merged workbook: my workbook with the decisions applied. */
    public MergeResult apply(MergeDecisions decisions) {
        return new MergeApplier(this, new Markers(text, source)).apply(decisions);
    }
}
