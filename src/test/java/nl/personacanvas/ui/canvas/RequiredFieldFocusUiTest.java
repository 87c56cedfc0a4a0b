package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 13's review: the persona's role field, empty and so marked as required (a red border), showed no focus
 * ring when Tab reached it; the theme draws the focused "danger" field exactly as the unfocused one.
 */
class RequiredFieldFocusUiTest extends MainWindowUiTest {

    @Test
    void theEmptyRoleFieldReachedWithTabShowsItHasTheKeyboard() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        TextInputControl role = robot.lookup("#canvas-role").queryTextInputControl();
        robot.clickOn(role).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        UiFixture.waitForLayout();
        assertThat(role.getText()).isEmpty();
        assertThat(role.getPseudoClassStates()).as("marked as required").anyMatch(p -> "danger".equals(p.getPseudoClassName()));

        robot.interact(() -> robot.lookup("#canvas-name").query().requestFocus());
        UiFixture.waitForLayout();
        List<String> unfocused = fills(role);
        // From the name field to the role field, as a keyboard user gets there.
        robot.push(KeyCode.TAB);
        UiFixture.waitForLayout();
        assertThat(role.isFocused()).as("Tab from the name reaches the role").isTrue();
        List<String> focused = fills(role);

        assertThat(focused).as("the empty role field with the keyboard is drawn otherwise than without")
                .isNotEqualTo(unfocused);
        assertThat(focused).as("still red: the field is still required").containsAll(
                unfocused.subList(0, 1));
        assertThat(role.getPseudoClassStates()).anyMatch(p -> "danger".equals(p.getPseudoClassName()));
    }

    /** The colours and insets of the field's background layers, outermost first. */
    @SuppressWarnings("unchecked")
    private List<String> fills(TextInputControl field) {
        List<String>[] out = new List[1];
        robot.interact(() -> {
            field.applyCss();
            out[0] = field.getBackground().getFills().stream().map(RequiredFieldFocusUiTest::describe).toList();
        });
        return out[0];
    }

    private static String describe(BackgroundFill fill) {
        return fill.getFill() + " @" + fill.getInsets();
    }
}
