package nl.personacanvas.check;

import java.util.List;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;
import nl.personacanvas.model.Persona;

/**
 * Checks a range of personas on the fork/join pool, halving the range until it is a few personas long.
 * Small pieces keep both processors busy to the end: a parallel stream over a 1,000-persona list cuts it
 * into only four pieces on a 2-processor machine, so a helper thread that starts late or meets more new
 * texts leaves the other one finishing alone.
 */
final class CheckAllTask extends RecursiveAction {
    /** Personas per piece: about a millisecond of work (cold caches), so splitting costs next to nothing. */
    private static final int GRAIN = 8;

    private final CanvasChecker checker;
    private final List<Persona> personas;
    private final Function<Persona, String> activityOf;
    private final CheckReport[] reports;
    private final int from;
    private final int to;

    CheckAllTask(CanvasChecker checker, List<Persona> personas, Function<Persona, String> activityOf,
                 CheckReport[] reports, int from, int to) {
        this.checker = checker;
        this.personas = personas;
        this.activityOf = activityOf;
        this.reports = reports;
        this.from = from;
        this.to = to;
    }

    @Override
    protected void compute() {
        if (to - from <= GRAIN) {
            for (int i = from; i < to; i++) {
                Persona p = personas.get(i);
                reports[i] = checker.check(p, activityOf.apply(p));
            }
            return;
        }
        int middle = (from + to) >>> 1;
        CheckAllTask second = new CheckAllTask(checker, personas, activityOf, reports, middle, to);
        second.fork();
        new CheckAllTask(checker, personas, activityOf, reports, from, middle).compute();
        second.join();
    }
}
