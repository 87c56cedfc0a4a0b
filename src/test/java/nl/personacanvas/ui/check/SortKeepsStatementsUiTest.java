package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 21 (rob21): statements typed into the sort dialog are in no workbook until added; Escape (or Annuleren)
 * used to throw them away with one key press. They are now there again at the dialog's next opening, and the status
 * line says so; once added, the next opening starts empty.
 */
class SortKeepsStatementsUiTest extends MainWindowUiTest {
    private static final String TYPED = "Zoekt partnerscholen in Marokko \uD83C\uDF0D\nBelt wekelijks met de stagiair";

    @Test
    void statementsTypedAndLeftWithEscapeAreThereAtTheNextOpening() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> personaId("Laura").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        Workbook before = document().workbook();
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        openSort();
        robot.clickOn("#sort-input");
        UiFixture.paste(robot, TYPED);

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());

        assertThat(document().workbook()).isSameAs(before);
        assertThat(ui.window.viewModel().status().text()).isEqualTo(
                "Je stellingen zijn niet toegevoegd; ze staan weer klaar als je Stickers sorteren opnieuw opent.");
        openSort();
        assertThat(input().getText()).isEqualTo(TYPED);
        assertThat(document().workbook()).isSameAs(before);

        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("#sort-accept");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());
        assertThat(persona("Laura").canvas().allEntries().map(e -> e.text()))
                .contains("Belt wekelijks met de stagiair");
        openSort();
        assertThat(input().getText()).isEmpty();
    }

    private void openSort() {
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
    }

    private TextInputControl input() {
        return robot.lookup("#sort-input").queryAs(TextInputControl.class);
    }
}
