package nl.personacanvas.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/** Small workbooks built in code for view-model tests. */
public final class TestWorkbooks {
    public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private TestWorkbooks() {
    }

    /** Laura (A4, with an entry in each quadrant) and Ahmed (A1, empty canvas). */
    public static Workbook twoPersonas() {
        CoreActivity stage = new CoreActivity("k-stage", "A4", "Stages in het buitenland", ActivityGroup.MOBILITY);
        CoreActivity klas = new CoreActivity("k-klas", "A1", "Leren in de klas", ActivityGroup.AT_HOME);
        Canvas canvas = Canvas.of(Map.of(
                Quadrant.DESIGN, List.of(entry("e-d1", "Stageopdrachten")),
                Quadrant.DELIVER, List.of(entry("e-u1", "Coacht op afstand")),
                Quadrant.ORGANISE, List.of(entry("e-o1", "Contact met stagebedrijven"), entry("e-o2", "Verzekeringen")),
                Quadrant.ATTITUDE, List.of(entry("e-h1", "Benaderbaar"))));
        Persona laura = new Persona("p-laura", "Laura", "begeleidt studenten bij een internationale stage", "k-stage",
                List.of("Panel"), null, "", T0, T0, canvas);
        Persona ahmed = new Persona("p-ahmed", "Ahmed", "laat studenten leren van elkaars achtergrond", "k-klas",
                List.of(), null, "", T0, T0, Canvas.empty());
        return new Workbook("Testcollege", "Twente", "Zorg", "Definitie", List.of(), List.of(stage, klas),
                List.of(laura, ahmed), null);
    }

    /** {@code count} personas spread over five activities, each with {@code entriesEach} entries per quadrant. */
    public static Workbook many(int count, int entriesEach) {
        List<CoreActivity> activities = new ArrayList<>();
        for (int a = 1; a <= 5; a++) {
            activities.add(new CoreActivity("k-" + a, "A" + a, "Activiteit " + a,
                    a <= 3 ? ActivityGroup.AT_HOME : ActivityGroup.MOBILITY));
        }
        List<Persona> personas = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Canvas canvas = Canvas.empty();
            for (Quadrant q : Quadrant.values()) {
                for (int e = 0; e < entriesEach; e++) {
                    canvas = canvas.add(q, entry("e-" + i + "-" + q.key() + "-" + e,
                            "Notitie " + e + " van persona " + i + " over " + q.key()));
                }
            }
            personas.add(new Persona("p-" + i, "Persona " + i, "doet iets internationaals nummer " + i,
                    "k-" + (i % 5 + 1), List.of("Panel"), null, "", T0, T0, canvas));
        }
        return new Workbook("Grote school", "", "", "", List.of(), activities, personas, null);
    }

    private static Entry entry(String id, String text) {
        return new Entry(id, text, List.of(), "");
    }
}
