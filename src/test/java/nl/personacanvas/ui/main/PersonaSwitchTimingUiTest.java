package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import com.sun.javafx.tk.Toolkit;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.canvas.EntryViewModel;
import org.junit.jupiter.api.Test;

/**
 * With 200 personas (24 entries each) switching persona and typing must stay instant. Measures the
 * FX-thread time of a switch (selection, reconcile, then one pulse: CSS, layout and handing the scene to
 * the renderer) and of one keystroke. A pulse, not {@code root.applyCss()}: that restyles the whole
 * window every time, which the app itself never does, and hid what a switch really costs.
 * The bounds are loose (the build machine is shared, and CI runs everything at once) and only catch gross
 * regressions such as rebuilding every note per switch (over a second); the printed medians are the measurement.
 * Besides wall time it prints the FX thread's CPU time, which a loaded machine disturbs much less.
 */
class PersonaSwitchTimingUiTest extends MainWindowUiTest {
    private static final int PERSONAS = 200;

    @Override
    protected List<String> startArguments() throws IOException {
        Path file = folder.resolve("groot.pcanvas");
        ui.store.save(TestWorkbooks.many(PERSONAS, 6), file);
        return List.of(file.toString());
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    @Test
    void switchingAndTypingStayFast() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() == PERSONAS);
        Workbook wb = ui.window.viewModel().document().workbook();
        List<Long> switches = new ArrayList<>();
        List<Long> keystrokes = new ArrayList<>();
        List<Long> switchesCpu = new ArrayList<>();
        List<Long> keystrokesCpu = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Personas of the first activity, the rows in sight: a switch as a click in the list makes it.
        List<String> inSight = wb.personasOf("k-1").stream().limit(8).map(p -> p.id()).toList();
        for (int i = 0; i < 60; i++) {
            String id = inSight.get(i % inSight.size());
            int round = i;
            robot.interact(() -> {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ui.window.viewModel().personas().selectedPersonaIdProperty().set(id);
                Toolkit.getToolkit().firePulse();
                long t1 = System.nanoTime();
                long c1 = threads.getCurrentThreadCpuTime();
                EntryViewModel entry = ui.window.canvas().entries(Quadrant.DELIVER).get(2);
                entry.textProperty().set(entry.textProperty().get() + "x");
                Toolkit.getToolkit().firePulse();
                long t2 = System.nanoTime();
                long c2 = threads.getCurrentThreadCpuTime();
                if (round >= 10) {
                    switches.add(t1 - t0);
                    keystrokes.add(t2 - t1);
                    switchesCpu.add(c1 - c0);
                    keystrokesCpu.add(c2 - c1);
                }
            });
        }
        double switchMs = median(switches);
        double typeMs = median(keystrokes);
        System.out.printf("Persona switch with %d personas: median %.1f ms, max %.1f ms; keystroke: median %.2f ms%n",
                PERSONAS, switchMs, Collections.max(switches) / 1e6, typeMs);
        System.out.printf("FX-thread CPU time: switch median %.1f ms, keystroke median %.2f ms%n",
                median(switchesCpu), median(keystrokesCpu));
        assertThat(switchMs).isLessThan(800);
        assertThat(typeMs).isLessThan(300);
    }
}
