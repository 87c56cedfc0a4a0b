package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 19: the loose statements pasted into the sort dialog become sticky notes, one a line; a line longer than a
 * note holds is cut while pasting and the dialog says so, instead of the save refusing the note later.
 */
class SortTextLimitsUiTest extends MainWindowUiTest {
    @Test
    void anOverLongLineIsCutToWhatANoteHoldsAndBecomesANoteOfThatLength() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String laura = personaId("Laura");
        // The sort button acts on the persona shown: wait for the click to have shown her (a loaded CI machine can
        // take the button's click before the list's, and the dialog then rightly does not open).
        waitUntil(() -> laura.equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        long notesBefore = persona("Laura").canvas().allEntries().count();
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        robot.clickOn("#sort-input");

        // Words, not one 12,000-letter word: the checker splits long words into parts, which takes its time.
        String line = "Regelt " + "visum ".repeat(2_000);
        UiFixture.paste(robot, line + "\nBegeleidt studenten tijdens hun stage in Spanje");
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl input = robot.lookup("#sort-input").queryAs(TextInputControl.class);
        String kept = line.substring(0, 10_000);
        assertThat(input.getText().equals(kept + "\nBegeleidt studenten tijdens hun stage in Spanje")).as("the input as kept").isTrue();
        assertThat(robot.lookup("#sort-limit").queryAs(Label.class).getText())
                .isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 10.000 tekens; 2.007 zijn weggelaten.");

        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("#sort-accept");
        waitUntil(() -> persona("Laura").canvas().allEntries().count() == notesBefore + 2);
        String note = document().workbook().persona(laura).orElseThrow().canvas().allEntries()
                .map(e -> e.text()).filter(t -> t.length() > 5_000).findFirst().orElseThrow();
        assertThat(note.length()).isEqualTo(10_000);
        assertThat(note.equals(kept)).as("the note is the line as kept").isTrue();
    }
}
