package nl.personacanvas.merge;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/** Three small personas whose links overlap in known ways: Laura and Ahmed (A4), Sara (A3). */
final class ComparisonFixtures {
    static final Instant T0 = Instant.parse("2024-03-12T09:30:00Z");
    static final CoreActivity A4 = new CoreActivity("A4", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY);
    static final CoreActivity A3 = new CoreActivity("A3", "A3", "Stages in de regio", ActivityGroup.AT_HOME);
    static final CoreActivity OWN = new CoreActivity("k-slb", null, "Studieloopbaan", ActivityGroup.AT_HOME);

    static final Entry LAURA_DESIGN = new Entry("e-l1", "Ontwerpt opdrachten over het gastland", List.of("A4.design.1"), "");
    static final Entry LAURA_DELIVER = new Entry("e-l2", "Coacht op afstand via videobellen", List.of("A4.deliver.2"), "");
    static final Entry LAURA_ATTITUDE = new Entry("e-l3", "Flexibel", List.of("H.1", "X.99"), "");
    static final Entry AHMED_DESIGN = new Entry("e-a1", "Maakt stageopdrachten met interculturele doelen", List.of("A4.design.1"), "");
    static final Entry AHMED_ORGANISE = new Entry("e-a2", "Onderhoudt een netwerk van stagebedrijven", List.of("A4.organise.1"), "");
    static final Entry AHMED_DELIVER = new Entry("e-a3", "Belt wekelijks op afstand met de student", List.of(), "");
    static final Entry SARA_DELIVER = new Entry("e-s1", "Helpt reflecteren op ervaringen", List.of("A3.deliver.1"), "");
    static final Entry SARA_ATTITUDE = new Entry("e-s2", "Flexibel en benaderbaar", List.of("H.1"), "");

    private ComparisonFixtures() {
    }

    static Persona laura() {
        return persona("p-laura", "Laura", "A4", Map.of(Quadrant.DESIGN, List.of(LAURA_DESIGN),
                Quadrant.DELIVER, List.of(LAURA_DELIVER), Quadrant.ATTITUDE, List.of(LAURA_ATTITUDE)));
    }

    static Persona ahmed() {
        return persona("p-ahmed", "Ahmed", "A4", Map.of(Quadrant.DESIGN, List.of(AHMED_DESIGN),
                Quadrant.DELIVER, List.of(AHMED_DELIVER), Quadrant.ORGANISE, List.of(AHMED_ORGANISE)));
    }

    static Persona sara() {
        return persona("p-sara", "Sara", "A3", Map.of(Quadrant.DELIVER, List.of(SARA_DELIVER),
                Quadrant.ATTITUDE, List.of(SARA_ATTITUDE)));
    }

    static Workbook workbook() {
        return Workbook.empty().withActivities(List.of(A4, A3, OWN)).addPersona(laura()).addPersona(ahmed())
                .addPersona(sara()).addPersona(persona("p-mehmet", "Mehmet", "k-slb",
                        Map.of(Quadrant.DESIGN, List.of(new Entry("e-m1", "Plant slb-gesprekken", List.of("A4.design.2"), "")))));
    }

    /** Stands in for the checker: "op afstand" addresses coaching at a distance (A4.deliver.1). */
    static final ElementMatcher AT_A_DISTANCE = (entry, quadrant, activity) ->
            entry.text().contains("op afstand") ? List.of("A4.deliver.1") : List.of();

    private static Persona persona(String id, String name, String activityId, Map<Quadrant, List<Entry>> entries) {
        return new Persona(id, name, "", activityId, List.of(), null, "", T0, T0, Canvas.of(entries));
    }
}
