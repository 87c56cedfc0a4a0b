package nl.personacanvas.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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

/** The recovery copy a crash leaves behind holds what was typed before the user paused, not an interval earlier. */
class AutosaverTest {
    private static final Duration INTERVAL = Duration.seconds(10);

    @TempDir
    Path folder;
    private final BackgroundTaskExecutor executor = new BackgroundTaskExecutor();
    private final WorkbookDocument document = new WorkbookDocument();
    private Autosaver autosaver;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Its timers would otherwise fire in a later test's time, into an executor already shut down. */
    @AfterEach
    void stop() throws Exception {
        if (autosaver != null) {
            WaitForAsyncUtils.asyncFx(autosaver::stop).get();
        }
        executor.shutdown();
    }

    @Test
    void wordsTypedBeforeAPauseAreInTheCopyLongBeforeTheIntervalIsOver() throws Exception {
        RecoveryFiles recovery = new RecoveryFiles(folder.resolve("recovery"), new WorkbookStore(new WorkbookCodec()));
        autosaver = WaitForAsyncUtils.asyncFx(() -> new Autosaver(document, recovery, executor, Clock.systemUTC(),
                INTERVAL, file -> null)).get();

        long typed = System.nanoTime();
        for (String school : new String[] {"R", "RO", "ROC", "ROC Oost"}) {
            WaitForAsyncUtils.asyncFx(() -> document.apply("undo.editSchool", "school", wb -> wb.withSchool(school)))
                    .get();
        }

        // A crash now (the user thinking about the next sentence) would lose "ROC Oost" unless the copy has it.
        Optional<RecoveryFiles.Recovered> copy = Optional.empty();
        while (copy.isEmpty() && System.nanoTime() - typed < 9_000_000_000L) {
            Thread.sleep(100);
            copy = recovery.find();
        }
        double seconds = (System.nanoTime() - typed) / 1e9;
        assertThat(copy).as("a copy after the pause").isPresent();
        assertThat(seconds).as("seconds until the copy was there").isLessThan(6);
        assertThat(copy.orElseThrow().workbook().school()).isEqualTo("ROC Oost");
    }
}
