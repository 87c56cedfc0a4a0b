package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 21 (rob21): statements typed into the sort dialog are in no workbook until added; Escape (or Annuleren)
 * used to throw them away with one key press. They are now there again at the dialog's next opening, and the status
 * line says so; once added, the next opening starts empty. Since session 22 (rob22b) that holds when all of them were
 * added: what adding leaves off the canvas stays (the second test).
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

    /**
     * Session 22 (rob22b): the statements the checker puts "Niet op het canvas" start unticked, and adding the others
     * made them vanish without a word. The status line now says how many were not added and why, and they are the
     * dialog's input at its next opening and in the recovery folder, until the user clears them.
     */
    @Test
    void statementsLeftOffTheCanvasAreNamedAndStayUntilCleared() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> personaId("Laura").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        openSort();
        robot.clickOn("#sort-input");
        UiFixture.paste(robot, "Kan goed plannen\nHeeft een lerende houding \uD83C\uDF31\nInternational office regelt het visum"
                + "\nHeeft een goed contact met studenten\nReisbureau boekt de bus en het hostel");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 5);
        robot.clickOn("#sort-accept");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());

        assertThat(persona("Laura").canvas().allEntries().map(e -> e.text()))
                .contains("Heeft een lerende houding \uD83C\uDF31")
                .doesNotContain("Kan goed plannen", "International office regelt het visum");
        waitUntil(() -> ui.window.viewModel().status().text().startsWith("1 stelling toegevoegd aan Laura"));
        // Session 30: "4 stellingen niet (2 te algemeen, 2 voor een ander)" read as notes, not as Dutch.
        assertThat(ui.window.viewModel().status().text()).isEqualTo("1 stelling toegevoegd aan Laura. 4 stellingen staan"
                + " nog klaar in Stickers sorteren: 2 zijn te algemeen en 2 zijn taken van een ander.");
        String left = "Kan goed plannen\nInternational office regelt het visum\nHeeft een goed contact met studenten"
                + "\nReisbureau boekt de bus en het hostel";
        waitUntil(() -> ui.recovery.find().map(RecoveryFiles.Recovered::statements)
                .map(kept -> left.equals(kept.text())).orElse(false));
        openSort();
        assertThat(input().getText()).isEqualTo(left);

        // Cleared by the user: gone from the dialog and from the recovery folder.
        robot.clickOn("#sort-input").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        waitUntil(() -> input().getText().isEmpty());
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());
        waitUntil(() -> ui.recovery.find().map(RecoveryFiles.Recovered::statements).isEmpty());
        openSort();
        assertThat(input().getText()).isEmpty();
        robot.interact(() -> input().getScene().getWindow().hide());
    }

    /**
     * Session 23 (ux23): one statement left off the canvas was spoken of as many, "1 stelling niet (1 te algemeen): die
     * staan nog klaar" (and "they are" in English), in the status line and the notification alike.
     */
    @Test
    void oneStatementLeftOffTheCanvasIsSpokenOfAsOne() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        showPersona("Laura");
        openSort();
        robot.clickOn("#sort-input");
        UiFixture.paste(robot, "Kan goed plannen\nHeeft een lerende houding");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("#sort-accept");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());

        assertThat(persona("Laura").canvas().allEntries().map(e -> e.text()))
                .contains("Heeft een lerende houding").doesNotContain("Kan goed plannen");
        waitUntil(() -> ui.window.viewModel().status().text().startsWith("1 stelling toegevoegd aan Laura"));
        assertThat(ui.window.viewModel().status().text()).isEqualTo("1 stelling toegevoegd aan Laura. 1 stelling staat"
                + " nog klaar in Stickers sorteren: 1 is te algemeen.");
        openSort();
        assertThat(input().getText()).isEqualTo("Kan goed plannen");
        robot.clickOn("#sort-input").push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());
    }

    /**
     * Session 22 (rob22b): the statements belong to the window, and show in whichever persona's dialog opens next; they
     * were shown for Ahmed without a word that they had been typed for Laura. The dialog now says whose they were.
     */
    @Test
    void statementsLastInAnotherPersonasDialogSayWhoseTheyWere() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        showPersona("Laura");
        openSort();
        assertThat(robot.lookup("#sort-origin").query().isVisible()).isFalse();
        robot.clickOn("#sort-input");
        UiFixture.paste(robot, TYPED);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());

        showPersona("Ahmed");
        openSort();
        assertThat(input().getText()).isEqualTo(TYPED);
        javafx.scene.control.Label origin = robot.lookup("#sort-origin").queryAs(javafx.scene.control.Label.class);
        assertThat(origin.isVisible()).isTrue();
        assertThat(origin.getText()).isEqualTo("Deze stellingen stonden in Stickers sorteren bij Laura; wat je nu toevoegt,"
                + " komt op het canvas van Ahmed.");
        // The English words the same, with the possessive's apostrophe (session 30: "goes onto Ahmeds canvas").
        assertThat(new Messages(Locale.ENGLISH).get("sort.origin", "Laura", "Ahmed")).isEqualTo("These statements were"
                + " in Sort sticky notes for Laura; what you add now goes onto Ahmed's canvas.");
        // Kept from Ahmed's dialog, they are Ahmed's now: noted so in the recovery folder, and no note in his dialog.
        robot.clickOn("#sort-input").push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());
        waitUntil(() -> ui.recovery.find().map(RecoveryFiles.Recovered::statements)
                .map(kept -> personaId("Ahmed").equals(kept.personaId())).orElse(false));
        openSort();
        assertThat(robot.lookup("#sort-origin").query().isVisible()).isFalse();
        robot.clickOn("#sort-input").push(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isEmpty());
    }

    private void showPersona(String name) {
        robot.clickOn(name);
        waitUntil(() -> personaId(name).equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
    }

    private void openSort() {
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
    }

    private TextInputControl input() {
        return robot.lookup("#sort-input").queryAs(TextInputControl.class);
    }
}
