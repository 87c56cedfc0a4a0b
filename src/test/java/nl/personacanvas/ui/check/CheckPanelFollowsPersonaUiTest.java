package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 23 (ux23), the coordinator's walk on a busy laptop: a persona chosen from the workbook page showed her canvas
 * beside a check panel that still said "Kies een persona in de lijst" over empty headings, for seconds; chosen after
 * another persona, the panel showed the other one's coverage under her canvas. Every frame drawn is recorded here:
 * while a persona's canvas is shown, the panel says it is being checked or shows that persona's own report.
 */
class CheckPanelFollowsPersonaUiTest extends MainWindowUiTest {
    private static final String PENDING = "Het canvas wordt gecontroleerd…";

    private record Frame(String canvasName, String summary, boolean headingsShown) {
    }

    @Test
    void thePanelNeverSpeaksOfAnotherPersonaThanTheCanvasShows() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-summary").tryQuery().isPresent());
        Label summary = robot.lookup("#check-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("Kies een persona in de lijst"));
        String laura = expectedSummary("Laura");
        String ahmed = expectedSummary("Ahmed");
        assertThat(laura).isNotEqualTo(ahmed);

        List<Frame> frames = new CopyOnWriteArrayList<>();
        Scene scene = summary.getScene();
        Runnable record = () -> frames.add(frame(scene, summary));
        robot.interact(() -> scene.addPostLayoutPulseListener(record));
        robot.clickOn("Laura");
        waitUntil(() -> summary.getText().equals(laura));
        robot.clickOn("Ahmed");
        waitUntil(() -> summary.getText().equals(ahmed));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scene.removePostLayoutPulseListener(record));

        List<Frame> lauraShown = frames.stream().filter(f -> "Laura".equals(f.canvasName())).toList();
        List<Frame> ahmedShown = frames.stream().filter(f -> "Ahmed".equals(f.canvasName())).toList();
        assertThat(lauraShown).as("frames with Laura's canvas").isNotEmpty();
        assertThat(ahmedShown).as("frames with Ahmed's canvas").isNotEmpty();
        assertThat(lauraShown).extracting(Frame::summary).as("the panel beside Laura's canvas")
                .allMatch(s -> s.equals(PENDING) || s.equals(laura));
        assertThat(ahmedShown).extracting(Frame::summary).as("the panel beside Ahmed's canvas")
                .allMatch(s -> s.equals(PENDING) || s.equals(ahmed));
        assertThat(frames).as("no headings without a report under them")
                .noneMatch(f -> f.summary().equals(PENDING) && f.headingsShown());
        assertThat(frames).as("the end: Ahmed's report with its headings").last()
                .isEqualTo(new Frame("Ahmed", ahmed, true));
    }

    private String expectedSummary(String name) {
        Persona persona = persona(name);
        return UiFixture.CHECKER.check(persona, document().workbook().activityOf(persona).orElse(null))
                .summary(Locale.forLanguageTag("nl"));
    }

    private static Frame frame(Scene scene, Label summary) {
        Node name = scene.lookup("#canvas-name");
        String shown = name instanceof TextField field && visible(field) ? field.getText() : null;
        var headings = scene.getRoot().lookupAll(".check-heading");
        return new Frame(shown, summary.getText(), !headings.isEmpty() && headings.stream().allMatch(h -> visible(h)));
    }

    /** Shown on screen: itself and every parent visible. */
    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
