package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;

/** Turns a {@link MergePlan} and decisions into the merged workbook and its report. */
final class MergeApplier {
    private final MergePlan plan;
    private final Markers markers;
    private final List<Message> report = new ArrayList<>();
    private int conflictsKept;

    MergeApplier(MergePlan plan, Markers markers) {
        this.plan = plan;
        this.markers = markers;
    }

    MergeResult apply(MergeDecisions decisions) {
        Workbook mine = plan.mine();
        Workbook result = mine;
        List<CoreActivity> activities = new ArrayList<>(mine.activities());
        for (FieldDifference d : plan.workbookFields()) {
            String value = resolve(d, decisions.choiceFor(d));
            result = switch (d.field()) {
                case SCHOOL -> result.withSchool(value);
                case REGION -> result.withRegion(value);
                case TEAM -> result.withTeam(value);
                case DEFINITION -> result.withDefinition(value);
                case ACTIVITY_NAME -> {
                    activities.replaceAll(a -> a.id().equals(d.subject()) ? a.withName(value) : a);
                    yield result;
                }
                default -> throw new IllegalArgumentException("Not a workbook field: " + d.field());
            };
        }
        activities.addAll(plan.addedActivities());
        plan.addedActivities().forEach(a -> report.add(Message.of("report.activity", a.name())));
        report.addAll(plan.principleAdditions());
        result = result.withActivities(activities).withPrinciples(plan.principles());
        if (result.matrixVersion() == null) {
            result = result.withMatrixVersion(plan.theirs().matrixVersion());
        }
        return new MergeResult(result.withPersonas(personas(decisions, new IdAllocator(mine))),
                new MergeReport(plan.source(), report, addedNames(decisions), conflictsKept));
    }

    private List<Persona> personas(MergeDecisions decisions, IdAllocator ids) {
        List<Persona> personas = new ArrayList<>(plan.mine().personas());
        for (PersonaConflict conflict : plan.conflicts()) {
            PersonaMerge merge = new PersonaMerge(markers, ids);
            Persona merged = merge.merge(conflict, decisions);
            personas.replaceAll(p -> p.id().equals(conflict.personaId()) ? merged : p);
            report.add(Message.of("report.persona.conflict", conflict.mine().name(), conflict.differences().count()));
            report.addAll(merge.report());
            conflictsKept += merge.conflictsKept();
        }
        for (PersonaAddition addition : plan.additions()) {
            Persona their = addition.persona();
            if (decisions.choiceFor(addition) == Choice.MINE) {
                report.add(Message.of("report.persona.skipped", their.name()));
            } else {
                personas.add(ids.claimAll(their));
                report.add(Message.of("report.persona.added", their.name(), their.canvas().size()));
            }
        }
        return personas;
    }

    private List<String> addedNames(MergeDecisions decisions) {
        return plan.additions().stream().filter(a -> decisions.choiceFor(a) != Choice.MINE)
                .map(a -> a.persona().name()).toList();
    }

    private String resolve(FieldDifference d, Choice choice) {
        TextResolution r = d.field() == Field.DEFINITION ? TextResolution.ofParagraphs(d.mine(), d.theirs(), choice)
                : TextResolution.of(d.mine(), d.theirs(), choice);
        Outcome outcome = r == null ? Outcome.KEPT_BOTH : r.outcome();
        report.add(Message.of("report.workbookField." + outcome.name(), Message.of("field." + d.field().key()),
                d.mine(), d.theirs()));
        if (r != null) {
            return r.value();
        }
        conflictsKept++;
        return d.field() == Field.DEFINITION ? markers.paragraph(d.mine(), d.theirs()) : markers.inline(d.mine(), d.theirs());
    }
}
