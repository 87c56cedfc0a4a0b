package nl.personacanvas.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.util.Duration;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.ui.BackgroundTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 22 (rob22): the sort dialog's statements are kept as they are typed, after a pause and off the FX thread
 * (no call of the test's writes them); cleared, or added to a canvas, nothing of them is kept.
 */
class StatementsKeeperTest {
    /** The pause is a fifth of it: two seconds. */
    private static final Duration INTERVAL = Duration.seconds(10);
    private static final String STATEMENTS = "Zoekt partnerscholen in Marokko \uD83C\uDF0D\n\u200Fعائشة\u200F belt de stagiair";

    @TempDir
    Path folder;
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private RecoveryFiles recovery;
    private StatementsKeeper keeper;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (keeper != null) {
            WaitForAsyncUtils.asyncFx(() -> keeper.discard()).get();
        }
        executor.shutdown();
    }

    @Test
    void whatIsTypedIsKeptAfterAPauseAndClearingItLeavesNothing() throws Exception {
        recovery = new RecoveryFiles(folder.resolve("recovery"), new WorkbookStore(new WorkbookCodec()));
        Path source = folder.resolve("twente.pcanvas");
        keeper = WaitForAsyncUtils.asyncFx(() -> new StatementsKeeper(recovery, executor, Clock.systemUTC(), INTERVAL,
                () -> source, () -> { })).get();

        for (int end = 1; end <= STATEMENTS.length(); end += 7) {
            String typed = STATEMENTS.substring(0, end);
            WaitForAsyncUtils.asyncFx(() -> keeper.changed(typed)).get();
        }
        WaitForAsyncUtils.asyncFx(() -> keeper.changed(STATEMENTS)).get();

        RecoveryFiles.Recovered kept = waitFor(r -> r.isPresent()).orElseThrow();
        assertThat(kept.statements().text()).isEqualTo(STATEMENTS);
        assertThat(kept.source()).isEqualTo(source.toAbsolutePath());
        assertThat(kept.hasWorkbook()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> keeper.changed("  \n")).get(); // select all, delete
        assertThat(waitFor(Optional::isEmpty)).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> keeper.keep(STATEMENTS)).get(); // the dialog closed on them
        assertThat(waitFor(Optional::isPresent)).isPresent();
        WaitForAsyncUtils.asyncFx(() -> keeper.discard()).get(); // added to the canvas
        assertThat(waitFor(Optional::isEmpty)).isEmpty();
    }

    @Test
    void statementsThatCannotBeKeptAreSaidOnceNotAtEveryPause() throws Exception {
        java.nio.file.Files.writeString(folder.resolve("recovery"), "a file where the folder belongs");
        recovery = new RecoveryFiles(folder.resolve("recovery"), new WorkbookStore(new WorkbookCodec()));
        java.util.concurrent.atomic.AtomicInteger warned = new java.util.concurrent.atomic.AtomicInteger();
        keeper = WaitForAsyncUtils.asyncFx(() -> new StatementsKeeper(recovery, executor, Clock.systemUTC(), INTERVAL,
                () -> null, warned::incrementAndGet)).get();

        for (String typed : new String[] {"Zoekt", "Zoekt partnerscholen", STATEMENTS}) {
            WaitForAsyncUtils.asyncFx(() -> keeper.keep(typed)).get();
        }
        // The executor runs one task at a time: once this one ran, the three writes have failed.
        javafx.concurrent.Task<Void> after = new javafx.concurrent.Task<>() {
            @Override
            protected Void call() {
                return null;
            }
        };
        executor.execute(after);
        after.get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(warned.get()).isEqualTo(1);
        assertThat(recovery.find()).isEmpty();
    }

    /**
     * What the recovery folder offers once {@code wanted}, waiting at most 8 s: the pause is 2 s, the interval 10, so
     * a copy found in time was written by the pause.
     */
    private Optional<RecoveryFiles.Recovered> waitFor(Predicate<Optional<RecoveryFiles.Recovered>> wanted)
            throws InterruptedException {
        long start = System.nanoTime();
        Optional<RecoveryFiles.Recovered> found = Optional.empty();
        while (System.nanoTime() - start < 8_000_000_000L) {
            found = recovery.find();
            if (wanted.test(found)) {
                return found;
            }
            Thread.sleep(100);
        }
        return found;
    }
}
