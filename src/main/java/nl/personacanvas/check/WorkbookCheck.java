package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;

/**
 * Checks many personas at once ({@link CanvasChecker#checkAll}) in three rounds, each spread over the calling
 * thread and the common pool's workers: first every entry text is looked up (a text the checker has not met
 * gets its analysis reserved), then the new texts are analysed, many in a row, with their verdict for the
 * activity of the persona that met them first, then each persona's report is made from the analyses found in
 * the first round. Analysing new texts in a row instead of one between the
 * entries of each canvas keeps the tokeniser's and the lexicons' tables in the processor's caches; the
 * decisions are the same as checking the personas one by one.
 */
final class WorkbookCheck {
    /** Personas per claim: well under a millisecond of work, so claiming costs next to nothing. */
    private static final int PERSONAS_PER_CLAIM = 4;
    /** New texts per claim: their words are analysed first, then what the sorter finds in each. */
    private static final int TEXTS_PER_CLAIM = 64;
    private static final Quadrant[] QUADRANTS = Quadrant.values();

    private final CanvasChecker checker;
    private final List<Persona> personas;
    private final Function<Persona, String> activityOf;

    WorkbookCheck(CanvasChecker checker, List<Persona> personas, Function<Persona, String> activityOf) {
        this.checker = checker;
        this.personas = personas;
        this.activityOf = activityOf;
    }

    /** One report per persona, in the order of the list. */
    CheckReport[] reports() {
        int n = personas.size();
        String[] activities = new String[n];
        CanvasChecker.Analysis[][] analyses = new CanvasChecker.Analysis[n][];
        List<CanvasChecker.Analysis>[] reserved = newLists(n);
        ClaimLoop.run(n, PERSONAS_PER_CLAIM, (from, to) -> {
            for (int i = from; i < to; i++) {
                Persona persona = personas.get(i);
                activities[i] = activityOf.apply(persona);
                analyses[i] = lookUp(persona, reserved, i);
            }
        });
        CanvasChecker.Analysis[] fresh = concatenated(reserved);
        String[] firstActivities = firstActivities(reserved, activities, fresh.length);
        ClaimLoop.run(fresh.length, TEXTS_PER_CLAIM, (from, to) -> checker.analyse(fresh, firstActivities, from, to));
        CheckReport[] reports = new CheckReport[n];
        ClaimLoop.run(n, PERSONAS_PER_CLAIM, (from, to) -> {
            for (int i = from; i < to; i++) {
                reports[i] = checker.report(personas.get(i), activities[i], analyses[i]);
            }
        });
        return reports;
    }

    /**
     * The analyses of a persona's entry texts in quadrant order (null for an entry without text); the new ones it
     * reserved go to its list.
     */
    private CanvasChecker.Analysis[] lookUp(Persona persona, List<CanvasChecker.Analysis>[] reserved, int index) {
        CanvasChecker.Analysis[] row = new CanvasChecker.Analysis[CanvasChecker.size(persona.canvas())];
        List<CanvasChecker.Analysis> mine = new ArrayList<>();
        int i = 0;
        for (Quadrant q : QUADRANTS) {
            for (Entry e : persona.canvas().entries(q)) {
                row[i++] = CanvasChecker.checked(e) ? checker.reserve(e.text(), mine) : null;
            }
        }
        reserved[index] = mine;
        return row;
    }

    /** Per new text, the activity of the persona that reserved it (in the order of {@link #concatenated}). */
    private static String[] firstActivities(List<CanvasChecker.Analysis>[] reserved, String[] activities, int total) {
        String[] result = new String[total];
        int at = 0;
        for (int i = 0; i < reserved.length; i++) {
            for (int k = 0; k < reserved[i].size(); k++) {
                result[at++] = activities[i];
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<CanvasChecker.Analysis>[] newLists(int n) {
        return (List<CanvasChecker.Analysis>[]) new List<?>[n];
    }

    private static CanvasChecker.Analysis[] concatenated(List<CanvasChecker.Analysis>[] lists) {
        int total = 0;
        for (List<CanvasChecker.Analysis> list : lists) {
            total += list.size();
        }
        CanvasChecker.Analysis[] all = new CanvasChecker.Analysis[total];
        int at = 0;
        for (List<CanvasChecker.Analysis> list : lists) {
            for (CanvasChecker.Analysis a : list) {
                all[at++] = a;
            }
        }
        return all;
    }
}
