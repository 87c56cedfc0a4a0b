package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import com.sun.javafx.tk.Toolkit;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * The first switch to a persona builds the canvas editor (header, four quadrants, a card per entry). Measures it
 * as the user meets it on the sample workbook: from selecting Laura in the list to the end of the pulse that
 * hands the canvas to the renderer (CSS, layout, scene graph sync), on the FX thread, in wall and CPU time. It
 * asserts what the switch shows, never a time (the machine is shared): the printed figures are the measurement
 * (docs/editor.md).
 */
class FirstSwitchTimingUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void theFirstSwitchBuildsACardPerEntry() {
        waitUntil(() -> ui.personaNamesInList().contains("Laura"));
        Persona laura = document().workbook().persona("p-alfa-laura").orElseThrow();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] timing = new long[5];
        robot.interact(() -> {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ui.window.viewModel().personas().selectedPersonaIdProperty().set(laura.id());
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            Toolkit.getToolkit().firePulse();
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            timing[0] = t1 - t0;
            timing[1] = t2 - t1;
            timing[2] = t2 - t0;
            timing[3] = c2 - c0;
            timing[4] = c1 - c0;
        });
        System.out.printf("First switch to Laura (%d entries): build %.1f ms, first pulse %.1f ms, total %.1f ms wall; "
                        + "FX-thread CPU %.1f ms (build %.1f ms)%n", laura.canvas().allEntries().count(),
                timing[0] / 1e6, timing[1] / 1e6, timing[2] / 1e6, timing[3] / 1e6, timing[4] / 1e6);

        Set<String> shown = robot.lookup(".entry").queryAll().stream()
                .filter(Node::isVisible)
                .map(card -> ((TextInputControl) card.lookup(".entry-text")).getText())
                .collect(Collectors.toSet());
        assertThat(shown).isEqualTo(laura.canvas().allEntries().map(Entry::text).collect(Collectors.toSet()));
    }
}
