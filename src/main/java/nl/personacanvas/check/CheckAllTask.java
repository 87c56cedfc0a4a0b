package nl.personacanvas.check;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.personacanvas.model.Persona;

/**
 * Checks a list of personas on the calling thread and the common fork/join pool's workers together: each
 * thread claims the next few personas from a shared cursor until none are left. Unlike halving the list
 * into forked pieces, the caller never waits for a half a worker has stolen while it could still work, so
 * the threads finish within one small piece of each other however unevenly the new texts fall.
 */
final class CheckAllTask extends RecursiveAction {
    /** Personas per claim: well under a millisecond of work (cold caches), so claiming costs next to nothing. */
    private static final int GRAIN = 4;

    private final CanvasChecker checker;
    private final List<Persona> personas;
    private final Function<Persona, String> activityOf;
    private final CheckReport[] reports;
    private final AtomicInteger cursor;

    private CheckAllTask(CanvasChecker checker, List<Persona> personas, Function<Persona, String> activityOf,
                         CheckReport[] reports, AtomicInteger cursor) {
        this.checker = checker;
        this.personas = personas;
        this.activityOf = activityOf;
        this.reports = reports;
        this.cursor = cursor;
    }

    /** Fills {@code reports} (by the personas' index) on this thread and the pool's workers. */
    static void run(CanvasChecker checker, List<Persona> personas, Function<Persona, String> activityOf,
                    CheckReport[] reports) {
        AtomicInteger cursor = new AtomicInteger();
        int pieces = (personas.size() + GRAIN - 1) / GRAIN;
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), pieces - 1);
        CheckAllTask[] forked = new CheckAllTask[Math.max(0, helpers)];
        for (int i = 0; i < forked.length; i++) {
            forked[i] = new CheckAllTask(checker, personas, activityOf, reports, cursor);
            forked[i].fork();
        }
        new CheckAllTask(checker, personas, activityOf, reports, cursor).compute();
        for (CheckAllTask helper : forked) {
            // A helper no worker has started finds nothing left to claim: take it back instead of waiting for it.
            if (!helper.tryUnfork()) {
                helper.join();
            }
        }
    }

    @Override
    protected void compute() {
        int n = personas.size();
        for (int from = cursor.getAndAdd(GRAIN); from < n; from = cursor.getAndAdd(GRAIN)) {
            for (int i = from, to = Math.min(n, from + GRAIN); i < to; i++) {
                Persona p = personas.get(i);
                reports[i] = checker.check(p, activityOf.apply(p));
            }
        }
    }
}
