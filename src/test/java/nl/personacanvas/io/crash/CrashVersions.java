package nl.personacanvas.io.crash;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * The workbook as it is after edit number {@code n}: a pure function of {@code n}, so the process that
 * saves it and the test that checks the file agree on every version without passing workbooks around.
 * The size changes from version to version (tens to hundreds of kilobytes), so a partly written file
 * could never pass for a whole one.
 */
final class CrashVersions {
    private static final Instant CREATED = Instant.parse("2026-02-02T09:00:00Z");

    private CrashVersions() {
    }

    static Workbook version(int n) {
        List<CoreActivity> activities = List.of(new CoreActivity("act-1", "A1", "Internationale stage", ActivityGroup.MOBILITY));
        List<Persona> personas = new ArrayList<>();
        int count = 10 + (n * 7919) % 40;
        for (int p = 0; p < count; p++) {
            Map<Quadrant, List<Entry>> quadrants = new EnumMap<>(Quadrant.class);
            for (Quadrant q : Quadrant.values()) {
                List<Entry> entries = new ArrayList<>();
                for (int e = 0; e < 3 + (n + p) % 5; e++) {
                    entries.add(new Entry("e-" + p + "-" + q.ordinal() + "-" + e,
                            "Versie " + n + ": begeleidt studenten bij een internationale stage, stap " + e
                                    + " — zij bereidt de stage voor met de student en het stagebedrijf.",
                            List.of(), e % 2 == 0 ? "" : "notitie " + n));
                }
                quadrants.put(q, entries);
            }
            personas.add(new Persona("p-" + p, "Persona " + p, "Docent die studenten begeleidt (versie " + n + ")",
                    "act-1", List.of("Panel " + (n % 3)), null, "", CREATED, CREATED.plusSeconds(n),
                    Canvas.of(quadrants)));
        }
        return new Workbook("Crashcollege", "Regio", "Team " + n, "Definitie, versie " + n, List.of(), activities,
                personas, null);
    }

    /** Which version a workbook is, read back from its team name; -1 for none of ours. */
    static int versionOf(Workbook workbook) {
        String team = workbook.team();
        return team.startsWith("Team ") ? Integer.parseInt(team.substring(5)) : -1;
    }
}
