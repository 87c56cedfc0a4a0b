package nl.personacanvas.io.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.personacanvas.io.crash.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged and hostile workbook files ({@link HostileWorkbooks}) opened in a JVM with a
 * 256 MB heap ({@link HostileRun}). The suite runs a seeded sample of 1,500; the full run is
 * {@code mvn -B -o test -Dtest=HostileInputTest -Dhostile.files=10000} (see docs/security.md).
 */
class HostileInputTest {
    private static final int FILES = Integer.getInteger("hostile.files", 1_500);
    private static final long SEED = Long.getLong("hostile.seed", 8L);

    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsRefusedClearlyOrLoadedWholeQuicklyInBoundedMemoryAndLeftUntouched() throws Exception {
        ChildJvm jvm = new ChildJvm(dir, List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xss1m", "-Djava.awt.headless=true"));
        Process run = jvm.command(HostileRun.class.getName(), Long.toString(SEED), Integer.toString(FILES),
                dir.resolve("files").toString()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        }
        assertThat(run.waitFor(10, TimeUnit.MINUTES)).isTrue();
        lines.forEach(System.out::println);
        assertThat(lines).filteredOn(l -> l.startsWith("FAIL")).isEmpty();
        assertThat(run.exitValue()).as(String.join("\n", lines)).isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("SUMMARY files=" + FILES + " failures=0 "));
        assertThat(lines).filteredOn(l -> l.startsWith("KIND ")).hasSize(HostileWorkbooks.kinds().size());
    }
}
