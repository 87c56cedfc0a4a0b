package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/** In the window of a 1280 x 800 screen, with a canvas open and checked, the status bar's short items stay whole. */
class StatusBarUiTest extends MainWindowUiTest {

    @Test
    void theCountAndTheSavedStateAreNotCutOff() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> {
            robot.window(0).setWidth(1177);
            robot.window(0).setHeight(736);
        });
        robot.clickOn("Laura");
        robot.doubleClickOn("#canvas-name").write("Laura");
        waitUntil(() -> !robot.lookup("#status-check").queryAs(Label.class).getText().isEmpty());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            for (String id : new String[] {"#status-personas", "#status-saved"}) {
                Label label = robot.lookup(id).queryAs(Label.class);
                String shown = ((Text) label.lookup(".text")).getText();
                assertThat(shown).as("what %s shows", id).isEqualTo(label.getText());
            }
            Label message = robot.lookup("#status-message").queryAs(Label.class);
            assertThat(message.getText()).contains("twente.pcanvas");
            assertThat(((Text) message.lookup(".text")).getText()).as("the message").isEqualTo(message.getText());
            assertThat(message.getAccessibleHelp()).as("the message's (deferred) tooltip text").isEqualTo(message.getText());
            Label check = robot.lookup("#status-check").queryAs(Label.class);
            double messageEnd = message.localToScene(message.lookup(".text").getBoundsInParent()).getMaxX();
            assertThat(check.localToScene(check.getLayoutBounds()).getMinX() - messageEnd)
                    .as("gap between the message and the check summary").isGreaterThan(8);
            Label file = robot.lookup("#status-file").queryAs(Label.class);
            assertThat(((Text) file.lookup(".text")).getText()).as("the path keeps the file's name")
                    .endsWith("twente.pcanvas");
        });
    }
}
