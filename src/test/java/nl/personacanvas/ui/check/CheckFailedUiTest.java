package nl.personacanvas.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.HeldTasks;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import nl.personacanvas.ui.canvas.CanvasViewModel;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Session 23 (ux23b): a check that threw left the panel saying "Het canvas wordt gecontroleerd…" with its busy mark
 * for good. The panel as drawn: the failure said in words, no busy mark, no headings; the next edit checks again.
 */
class CheckFailedUiTest extends ApplicationTest {
    private final HeldTasks tasks = new HeldTasks();
    private final FxThread.ManualDebouncer debouncer = new FxThread.ManualDebouncer();
    private volatile boolean broken = true;
    private WorkbookDocument document;
    private CanvasViewModel canvas;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new WorkbookDocument();
        document.open(TestWorkbooks.twoPersonas(), null);
        canvas = new CanvasViewModel(document, UiFixture.MATRIX, Clock.systemUTC());
        CheckPanelViewModel check = new CheckPanelViewModel(canvas, document, (persona, activity) -> {
            if (broken) {
                throw new IllegalStateException("the checker broke");
            }
            return UiFixture.CHECKER.check(persona, activity);
        }, tasks, debouncer, new Messages(Locale.forLanguageTag("nl")));
        canvas.personaIdProperty().set("p-laura");
        stage.setScene(new Scene(new CheckPanelView(check, () -> { }), 360, 500));
        stage.show();
    }

    private void runCheck() {
        interact(debouncer::fire);
        interact(tasks::runAll);
    }

    private String summary() {
        return lookup("#check-summary").queryAs(Label.class).getText();
    }

    private boolean busyShown() {
        return lookup(".progress-indicator").queryAs(ProgressIndicator.class).isVisible();
    }

    private boolean headingsShown() {
        return lookup(".check-heading").queryAll().stream().anyMatch(CheckFailedUiTest::shownOnScreen);
    }

    private static boolean shownOnScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aFailedCheckIsSaidInWordsAndTheNextEditChecksAgain() {
        assertThat(summary()).isEqualTo("Het canvas wordt gecontroleerd…");
        assertThat(busyShown()).isTrue();

        runCheck();

        assertThat(summary()).isEqualTo("De controle kon niet worden uitgevoerd. Het canvas blijft bewerkbaar; "
                + "na de volgende wijziging wordt het opnieuw geprobeerd.");
        assertThat(busyShown()).as("the busy mark after the check failed").isFalse();
        assertThat(headingsShown()).as("coverage headings without a report").isFalse();
        assertThat(lookup("#check-sort").queryAs(Button.class).isDisabled()).isFalse();

        broken = false;
        interact(() -> canvas.entries(Quadrant.DESIGN).get(0).textProperty().set("Ontwerpt een stage in Duitsland"));
        runCheck();

        String expected = UiFixture.CHECKER.check(document.workbook().persona("p-laura").orElseThrow(),
                document.workbook().activityOf(document.workbook().persona("p-laura").orElseThrow()).orElse(null))
                .summary(Locale.forLanguageTag("nl"));
        assertThat(summary()).isEqualTo(expected);
        assertThat(busyShown()).isFalse();
        assertThat(headingsShown()).isTrue();
    }
}
