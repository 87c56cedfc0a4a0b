package nl.personacanvas.ui.workbook;

import static nl.personacanvas.ui.UiFixture.scrollDownTo;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.main.PersonaGroup;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the window: removing the activity Laura works on with its row's button tells the user she now stands under
 * "Zonder kernactiviteit" and that Ctrl+Z takes it back; Ctrl+Z brings her back under her activity in the list.
 */
class RemovedActivityNoticeUiTest extends MainWindowUiTest {
    private static final String NOTICE =
            "1 persona (Laura) staat nu onder Zonder kernactiviteit \u2014 Ongedaan maken: Ctrl+Z";

    @Test
    void removingAnActivitySaysWhoMovedAndCtrlZBringsThemBack() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Button remove = robot.lookup("#workbook-activity-remove-k-stage").queryAs(Button.class);
        scrollDownTo(robot, remove);

        robot.clickOn(remove);
        waitUntil(() -> noticeShown().isPresent());

        assertThat(noticeShown()).contains(NOTICE);
        assertThat(ui.window.viewModel().status().text()).isEqualTo(NOTICE);
        assertThat(groupOf("Laura").title()).isEqualTo("Zonder kernactiviteit");
        assertThat(groupOf("Ahmed").activityId()).isEqualTo("k-klas");

        press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitUntil(() -> document().workbook().activity("k-stage").isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(groupOf("Laura").activityId()).isEqualTo("k-stage");
        assertThat(groupOf("Laura").title()).endsWith("Stages in het buitenland");
        assertThat(robot.lookup("#workbook-activity-remove-k-stage").tryQuery()).isPresent();
    }

    /** The text of a notification now showing in the window, if one is. */
    private Optional<String> noticeShown() {
        AtomicReference<String> shown = new AtomicReference<>();
        robot.interact(() -> {
            if (ui.window.view().getScene().getRoot().lookup("#notification-text") instanceof Text t) {
                shown.set(t.getText());
            }
        });
        return Optional.ofNullable(shown.get());
    }

    /** The group the persona list shows the persona under. */
    private PersonaGroup groupOf(String name) {
        AtomicReference<PersonaGroup> title = new AtomicReference<>();
        robot.interact(() -> {
            TreeView<?> tree = robot.lookup("#persona-tree").queryAs(TreeView.class);
            for (TreeItem<?> top : tree.getRoot().getChildren()) {
                for (TreeItem<?> item : top.getChildren()) {
                    if (item.getValue() instanceof PersonaGroup.PersonaItem p && p.name().equals(name)
                            && top.getValue() instanceof PersonaGroup g) {
                        title.set(g);
                    }
                }
            }
        });
        return title.get();
    }
}
