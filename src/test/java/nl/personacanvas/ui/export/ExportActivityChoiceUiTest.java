package nl.personacanvas.ui.export;

import nl.personacanvas.ui.Menus;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import nl.personacanvas.ui.UiFixture;

/**
 * The export dialog's "Eén kernactiviteit" box shows a long activity name whole, closed and open: the Alfa-college
 * sample's names run to 130 characters, and the box cut them ("A2 · Internationale en intercul…").
 */
class ExportActivityChoiceUiTest extends MainWindowUiTest {
    private static final String ALFA = "/nl/personacanvas/samples/alfa-college.pcanvas";

    @Override
    protected List<String> startArguments() throws IOException {
        Path copy = folder.resolve("alfa-college.pcanvas");
        try (InputStream in = ExportActivityChoiceUiTest.class.getResourceAsStream(ALFA)) {
            Files.copy(in, copy);
        }
        return List.of(copy.toString());
    }

    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** What a labelled control draws: its text, or the text cut short with an ellipsis; wrapping is not cutting. */
    private static String drawn(Labeled labeled) {
        return labeled.lookupAll(".text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("").replaceAll("\\s+", " ").strip();
    }

    private static void assertWholeInside(Labeled labeled, Region window) {
        assertThat(drawn(labeled)).as("what the box shows").isEqualTo(labeled.getText());
        Bounds text = labeled.localToScene(labeled.lookup(".text").getBoundsInLocal());
        assertThat(window.getLayoutBounds().contains(text)).as("%s inside the dialog %s", text, window.getLayoutBounds())
                .isTrue();
    }

    @Test
    void theActivityBoxShowsLongNamesWhole() {
        waitUntil(() -> ui.personaNamesInList().size() >= 2);
        Menus.choose(robot, "menu-file", "menu-file-export");
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        robot.clickOn("#export-scope-activity");
        UiFixture.waitForLayout();
        Region dialog = robot.lookup("#export-dialog").queryAs(Region.class);
        ComboBox<?> box = robot.lookup("#export-activity").queryAs(ComboBox.class);
        robot.interact(() -> {
            assertThat(box.getButtonCell().getText()).hasSizeGreaterThan(60);
            assertWholeInside(box.getButtonCell(), dialog);
            assertThat(dialog.getWidth()).as("the dialog keeps its width; the name wraps").isLessThan(800);
        });

        robot.clickOn(box);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .anyMatch(n -> ((ListCell<?>) n).getText() != null));
        List<ListCell<?>> cells = robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .<ListCell<?>>map(n -> (ListCell<?>) n).filter(c -> c.getText() != null).toList();
        robot.interact(() -> {
            assertThat(cells).hasSize(4);
            for (ListCell<?> cell : cells) {
                assertThat(drawn(cell)).as("what the list shows").isEqualTo(cell.getText());
            }
        });
        ListCell<?> longest = cells.stream().max(Comparator.comparingInt(c -> c.getText().length())).orElseThrow();
        String name = longest.getText();
        robot.clickOn(longest);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            assertThat(box.getButtonCell().getText()).isEqualTo(name);
            assertWholeInside(box.getButtonCell(), dialog);
            Node start = robot.lookup("#export-start").query();
            assertThat(dialog.getLayoutBounds().contains(start.localToScene(start.getLayoutBounds())))
                    .as("the buttons stay in the dialog").isTrue();
        });
    }
}
