package nl.personacanvas.ui.export;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.io.Limits;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 20: a persona's name may run to {@link Limits#MAX_NAME_LENGTH} characters. The export dialog set the current
 * persona's option and the persona list's boxes on one line each, so the dialog took that line's width: 2,508 px at
 * x = -571 on a 1366 px screen, its buttons off the screen; wrapped, the dialog was 824 px tall on an 800 px screen.
 * The options now show the name's first 80 characters and "…", wrapped within the form, the whole name as a tooltip.
 */
class ExportLongNameUiTest extends MainWindowUiTest {
    private static final String WORDS = "Maximiliaan-Alexander Christiaan Bartholomeus van der Steenhoven-Oosterbroek ";

    @AfterEach
    void closeDialogs() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPersonaWithANameOfTheLongestLengthKeepsTheDialogOnTheScreenWithTheNameWhole() {
        String name = WORDS.repeat(5).substring(0, Limits.MAX_NAME_LENGTH).strip();
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        robot.interact(() -> document().apply("test", null, wb -> wb.updatePersona("p-laura", p -> p.withName(name))));
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        Menus.choose(robot, "menu-file", "menu-file-export");
        waitUntil(() -> robot.lookup("#export-dialog").tryQuery().isPresent());
        UiFixture.waitForLayout();

        robot.interact(() -> {
            Labeled current = robot.lookup("#export-scope-current").queryAs(Labeled.class);
            Labeled box = robot.lookup("#export-persona-p-laura").queryAs(Labeled.class);
            Window dialog = current.getScene().getWindow();
            Rectangle2D visual = ScreenRoom.visualBoundsOf(dialog);
            assertThat(dialog.getWidth()).as("the dialog's width").isLessThanOrEqualTo(visual.getWidth());
            assertThat(dialog.getX()).as("its left edge").isGreaterThanOrEqualTo(visual.getMinX());
            assertThat(dialog.getX() + dialog.getWidth()).as("its right edge").isLessThanOrEqualTo(visual.getMaxX());
            assertThat(dialog.getY()).as("its top").isGreaterThanOrEqualTo(visual.getMinY());
            assertThat(dialog.getY() + dialog.getHeight()).as("its bottom").isLessThanOrEqualTo(visual.getMaxY());
            for (Labeled option : new Labeled[] {current, box}) {
                Text shown = (Text) option.lookup(".text");
                assertThat(shown.getText()).as(option.getId() + "'s drawn text, not cut by the control")
                        .isEqualTo(option.getText()).contains("Maximiliaan-Alexander Christiaan").endsWith(" …");
                assertThat(option.getTooltip()).as(option.getId() + "'s tooltip").isNotNull();
                assertThat(option.getTooltip().getText()).as(option.getId() + "'s tooltip, the whole name")
                        .isEqualTo(name);
                Bounds text = shown.localToScene(shown.getLayoutBounds());
                assertThat(text.getMaxX()).as(option.getId() + "'s text within the dialog")
                        .isLessThanOrEqualTo(dialog.getScene().getWidth());
                assertThat(text.getHeight()).as(option.getId() + " in at most three lines")
                        .isLessThan(4 * shown.getFont().getSize() * 1.4);
            }
            Labeled start = robot.lookup("#export-start").queryAs(Labeled.class);
            Bounds button = start.localToScreen(start.getLayoutBounds());
            assertThat(button.getMaxX()).as("Exporteren on the screen").isLessThanOrEqualTo(visual.getMaxX());
            assertThat(button.getMaxY()).as("Exporteren above the screen's bottom").isLessThanOrEqualTo(visual.getMaxY());
        });
    }
}
