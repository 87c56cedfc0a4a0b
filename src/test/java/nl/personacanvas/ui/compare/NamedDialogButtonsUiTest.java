package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 23 (ux23): two dialogs ended in a bare "OK": the sort dialog's, which puts the ticked statements on the
 * canvas, and the choice of personas to compare. Each now says what it does, with an Alt letter, in both languages;
 * Enter still answers it.
 */
class NamedDialogButtonsUiTest extends MainWindowUiTest {

    @Test
    void theSortDialogsButtonSaysItAddsToTheCanvas() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> personaId("Laura").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        Button accept = robot.lookup("#sort-accept").queryAs(Button.class);
        assertThat(shown(accept)).isEqualTo("Toevoegen aan canvas");
        assertThat(accept.isMnemonicParsing()).isTrue();

        robot.clickOn("#sort-input");
        UiFixture.paste(robot, "Belt wekelijks met de stagiair in Gent");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 1);
        robot.clickOn("#sort-accept");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());
        assertThat(persona("Laura").canvas().allEntries().map(e -> e.text()))
                .contains("Belt wekelijks met de stagiair in Gent");
    }

    @Test
    void theChoiceOfPersonasToCompareSaysCompareInBothLanguages() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.switchLanguage(java.util.Locale.ENGLISH));
        // The choice waits for its answer (showAndWait): opened from a later event, as the menu does.
        javafx.application.Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = (DialogPane) robot.lookup("#compare-choose-list").query().getScene().getRoot();
        Button compare = (Button) pane.lookupButton(ButtonType.OK);
        assertThat(shown(compare)).isEqualTo("Compare");
        assertThat(compare.isDisabled()).as("before two are ticked").isTrue();
        List<CheckBox> boxes = robot.from(pane).lookup(".check-box").queryAllAs(CheckBox.class).stream().toList();
        boxes.forEach(robot::clickOn);
        waitUntil(() -> !compare.isDisabled());
        Window choice = pane.getScene().getWindow();
        UiFixture.pressIn(robot, choice, boxes.get(0), KeyCode.ENTER, () -> !choice.isShowing());
        waitUntil(() -> robot.lookup("#compare-grid").tryQuery().isPresent());
        Window comparison = robot.lookup("#compare-grid").query().getScene().getWindow();
        assertThat(comparison.isShowing()).as("the comparison opened").isTrue();
        assertThat(choice.isShowing()).as("the choice answered by Enter").isFalse();
        robot.interact(comparison::hide);
    }

    /** The text as the button shows it: the Alt letter's underscore is not drawn. */
    private static String shown(Labeled button) {
        Node text = button.lookup(".text");
        return text instanceof javafx.scene.text.Text t ? t.getText() : button.getText().replace("_", "");
    }
}
