package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Done when" of the file format: every broken file is refused cleanly, every sample passes. */
class BrokenCorpusValidateTest {
    private static final long MAX_MILLIS = 1_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void validateRefusesEveryBrokenFileWithOneLinePerProblemQuicklyAndWithoutStackTraces(@TempDir Path dir)
            throws Exception {
        List<Path> corpus = new BrokenWorkbookCorpus(4242, dir).generate();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        CliRun.english("validate", "--help"); // warm up class loading so the first file is timed fairly
        long slowest = 0;
        String slowestName = "";
        for (Path file : corpus) {
            // CPU time of this thread: the machine is shared, so wall-clock time measures the neighbours too.
            long start = THREADS.getCurrentThreadCpuTime();
            CliRun run = CliRun.english("validate", file.toString());
            long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
            String name = file.getFileName().toString();
            if (millis > slowest) {
                slowest = millis;
                slowestName = name;
            }
            assertThat(run.exitCode()).as(name).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.out()).as(name).isEmpty();
            assertThat(run.errLines()).as(name).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith(file + ":").hasSizeLessThan(1_000));
            assertThat(run.err()).as(name).doesNotContain("Exception", "\tat ", "at nl.", "at java.", "at com.", "internal error");
            assertThat(millis).as(name + " took " + millis + " ms").isLessThan(MAX_MILLIS);
        }
        System.out.printf("broken corpus: %d files, slowest validate %d ms CPU (%s)%n", corpus.size(), slowest, slowestName);
    }

    @Test
    void validateAcceptsTheValidFixtures(@TempDir Path dir) throws Exception {
        for (String name : List.of("example.pcanvas", "minimal.pcanvas")) {
            Path file = dir.resolve(name);
            try (InputStream in = getClass().getResourceAsStream("/io/valid/" + name)) {
                Files.copy(in, file);
            }
            CliRun run = CliRun.english("validate", file.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
    }

    @Test
    void validateAcceptsEverySampleWorkbook(@TempDir Path dir) throws Exception {
        for (SampleWorkbooks.Sample sample : new SampleWorkbooks(new WorkbookCodec()).list()) {
            Path file = dir.resolve(sample.id() + ".pcanvas");
            try (InputStream in = SampleWorkbooks.class.getResourceAsStream(sample.resource())) {
                assertThat(in).as(sample.resource()).isNotNull();
                Files.copy(in, file);
            }
            CliRun run = CliRun.english("validate", file.toString());
            assertThat(run.exitCode()).as(sample.id() + ": " + run.err()).isZero();
        }
    }
}
