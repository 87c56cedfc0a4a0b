package nl.personacanvas.check;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work on the indexes {@code 0..size-1} on the calling thread and the common fork/join pool's workers
 * together: each thread claims the next few indexes from a shared cursor until none are left. Unlike halving
 * the range into forked pieces, the caller never waits for a half a worker has stolen while it could still
 * work, so the threads finish within one small piece of each other however unevenly the work falls.
 */
final class ClaimLoop extends RecursiveAction {
    /** Work on the indexes {@code from} (inclusive) to {@code to} (exclusive). */
    interface Range {
        void run(int from, int to);
    }

    private final int size;
    private final int grain;
    private final Range work;
    private final AtomicInteger cursor;

    private ClaimLoop(int size, int grain, Range work, AtomicInteger cursor) {
        this.size = size;
        this.grain = grain;
        this.work = work;
        this.cursor = cursor;
    }

    /** Runs {@code work} on every index, {@code grain} indexes per claim; returns when all are done. */
    static void run(int size, int grain, Range work) {
        AtomicInteger cursor = new AtomicInteger();
        int pieces = (size + grain - 1) / grain;
        int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), pieces - 1);
        ClaimLoop[] forked = new ClaimLoop[Math.max(0, helpers)];
        for (int i = 0; i < forked.length; i++) {
            forked[i] = new ClaimLoop(size, grain, work, cursor);
            forked[i].fork();
        }
        new ClaimLoop(size, grain, work, cursor).compute();
        for (ClaimLoop helper : forked) {
            // A helper no worker has started finds nothing left to claim: take it back instead of waiting for it.
            if (!helper.tryUnfork()) {
                helper.join();
            }
        }
    }

    @Override
    protected void compute() {
        for (int from = cursor.getAndAdd(grain); from < size; from = cursor.getAndAdd(grain)) {
            work.run(from, Math.min(size, from + grain));
        }
    }
}
