package nl.personacanvas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One school panel's work: who they are, their working definition, principles and core activities,
 * and the personas they wrote. Immutable: every change returns a new workbook, which is what makes
 * undo, autosave in the background and checking while typing safe.
 *
 * @param matrixVersion version of the competency matrix the workbook was last checked against, or null
 */
public record Workbook(String school, String region, String team, String definition,
                       List<PrincipleTheme> principles, List<CoreActivity> activities, List<Persona> personas,
                       String matrixVersion) {

    public Workbook {
        school = Objects.requireNonNullElse(school, "");
        region = Objects.requireNonNullElse(region, "");
        team = Objects.requireNonNullElse(team, "");
        definition = Objects.requireNonNullElse(definition, "");
        principles = List.copyOf(Objects.requireNonNullElse(principles, List.of()));
        activities = List.copyOf(Objects.requireNonNullElse(activities, List.of()));
        personas = List.copyOf(Objects.requireNonNullElse(personas, List.of()));
    }

    public static Workbook empty() {
        return new Workbook("", "", "", "", List.of(), List.of(), List.of(), null);
    }

    public Optional<Persona> persona(String id) {
        return personas.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<CoreActivity> activity(String id) {
        return activities.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The activity a persona works on, if the workbook still has it. */
    public Optional<CoreActivity> activityOf(Persona persona) {
        return activity(persona.activityId());
    }

    public List<Persona> personasOf(String activityId) {
        return personas.stream().filter(p -> p.activityId().equals(activityId)).toList();
    }

    public Workbook withSchool(String v) {
        return new Workbook(v, region, team, definition, principles, activities, personas, matrixVersion);
    }

    public Workbook withRegion(String v) {
        return new Workbook(school, v, team, definition, principles, activities, personas, matrixVersion);
    }

    public Workbook withTeam(String v) {
        return new Workbook(school, region, v, definition, principles, activities, personas, matrixVersion);
    }

    public Workbook withDefinition(String v) {
        return new Workbook(school, region, team, v, principles, activities, personas, matrixVersion);
    }

    public Workbook withPrinciples(List<PrincipleTheme> v) {
        return new Workbook(school, region, team, definition, v, activities, personas, matrixVersion);
    }

    public Workbook withActivities(List<CoreActivity> v) {
        return new Workbook(school, region, team, definition, principles, v, personas, matrixVersion);
    }

    public Workbook withPersonas(List<Persona> v) {
        return new Workbook(school, region, team, definition, principles, activities, v, matrixVersion);
    }

    public Workbook withMatrixVersion(String v) {
        return new Workbook(school, region, team, definition, principles, activities, personas, v);
    }

    /** Replaces the persona with the same id by the result of {@code change}; unknown ids are an error. */
    public Workbook updatePersona(String id, UnaryOperator<Persona> change) {
        List<Persona> list = new ArrayList<>(personas);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                list.set(i, change.apply(list.get(i)));
                return withPersonas(list);
            }
        }
        throw new IllegalArgumentException("No persona " + id);
    }

    public Workbook addPersona(Persona persona) {
        List<Persona> list = new ArrayList<>(personas);
        list.add(persona);
        return withPersonas(list);
    }

    public Workbook insertPersona(int index, Persona persona) {
        List<Persona> list = new ArrayList<>(personas);
        list.add(Math.max(0, Math.min(index, list.size())), persona);
        return withPersonas(list);
    }

    public Workbook removePersona(String id) {
        return withPersonas(personas.stream().filter(p -> !p.id().equals(id)).toList());
    }
}
