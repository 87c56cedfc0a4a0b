package nl.personacanvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line must work on machines without a display: it may not load a single JavaFX class. */
class MainCommandLineTest {

    /** Loads the application's classes itself, remembering every class name asked for. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader() {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(p -> {
                try {
                    return Path.of(p).toUri().toURL();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void routesSubcommandsAndOptionsToTheCommandLineAndFilesToTheApp() {
        assertThat(Main.isCommandLine(new String[] {"validate", "x.pcanvas"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(Main.isCommandLine(new String[] {"info"})).isTrue();
        assertThat(Main.isCommandLine(new String[0])).isFalse();
        assertThat(Main.isCommandLine(new String[] {"werkboek.pcanvas"})).isFalse();
        assertThat(Main.isCommandLine(new String[] {"map/werkboek"})).isFalse();
        assertThat(Main.isCommandLine(new String[] {"valdate", "x.pcanvas"})).as("mistyped command").isTrue();
    }

    @Test
    void theCommandLineLoadsNoJavaFxClass(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.pcanvas");
        Files.writeString(file, "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":{\"school\":1}}");
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> main = loader.loadClass("nl.personacanvas.Main");
            Method route = main.getDeclaredMethod("isCommandLine", String[].class);
            route.setAccessible(true);
            Class<?> cli = loader.loadClass("nl.personacanvas.cli.Cli");
            Method run = cli.getMethod("run", PrintWriter.class, PrintWriter.class, Locale.class, String[].class);
            List<Integer> codes = new ArrayList<>();
            for (String[] args : new String[][] {{"--help"}, {"--version"}, {"validate", file.toString()},
                {"info", file.toString()}, {"--bogus"}}) {
                assertThat((boolean) route.invoke(null, (Object) args)).isTrue();
                StringWriter sink = new StringWriter();
                codes.add((int) run.invoke(null, new PrintWriter(sink), new PrintWriter(sink), Locale.ENGLISH, args));
            }
            assertThat(codes).containsExactly(0, 0, 1, 1, 2);
            assertThat(loader.requested).contains("nl.personacanvas.cli.Cli", "picocli.CommandLine")
                    .noneMatch(name -> name.startsWith("javafx.") || name.startsWith("nl.personacanvas.ui."));
        }
    }

    @Test
    void theRecordingLoaderDoesSeeJavaFxWhenTheAppIsLoaded() throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            loader.loadClass("nl.personacanvas.ui.PersonaCanvasApp");
            assertThat(loader.requested).anyMatch(name -> name.startsWith("javafx."));
        }
    }

    @Test
    void theLauncherRunsTheCommandLineWithoutADisplay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.pcanvas");
        Files.writeString(file, "");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true", "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--lang", "en", "validate", file.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(output).contains(file + ": The file is empty.").doesNotContain("javafx.");
    }
}
