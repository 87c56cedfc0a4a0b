package nl.personacanvas.ui.workbook;

import static nl.personacanvas.ui.UiFixture.scrollDownTo;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/** The workbook page's core activities: a name field over the row's width, the group's box whole beside none. */
class ActivityRowsUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void activityNamesGetTheRowsWidth() {
        waitUntil(() -> ui.personaNamesInList().contains("Laura"));
        Set<Node> rows = robot.lookup(".activity-row").queryAll();
        assertThat(rows).hasSize(document().workbook().activities().size());
        for (Node row : rows) {
            TextField name = robot.from(row).lookup(".text-field").queryAs(TextField.class);
            ChoiceBox<?> group = robot.from(row).lookup(".choice-box").queryAs(ChoiceBox.class);
            double rowWidth = ((Region) row).getWidth();
            assertThat(name.getWidth()).as("name field of '%s'", name.getText()).isGreaterThan(rowWidth * 0.7);
            assertThat(group.getWidth()).as("the group's box keeps its label whole").isGreaterThanOrEqualTo(group.prefWidth(-1));
            Bounds rowBounds = row.localToScene(row.getLayoutBounds());
            assertThat(rowBounds.contains(group.localToScene(group.getLayoutBounds()))).isTrue();
        }

        // Typing in the widened field still names the activity.
        TextField first = robot.from(rows.iterator().next()).lookup(".text-field").queryAs(TextField.class);
        String id = document().workbook().activities().stream()
                .filter(a -> a.name().equals(first.getText())).findFirst().map(CoreActivity::id).orElseThrow();
        // The activities are at the foot of the page: scrolled down as with the wheel.
        scrollDownTo(robot, first);
        robot.clickOn(first).push(KeyCode.END).write(" (eigen accent)");
        UiFixture.waitForLayout();
        assertThat(document().workbook().activity(id).orElseThrow().name()).endsWith(" (eigen accent)");
    }
}
