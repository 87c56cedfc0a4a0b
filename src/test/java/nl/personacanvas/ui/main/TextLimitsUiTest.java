package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 18 (rob18b): the editor keeps texts within the lengths a workbook file holds while pasting, instead of the
 * save refusing them later. Pasted by fx:id, as a user would: the notes take 10,000 characters, a name 300.
 */
class TextLimitsUiTest extends MainWindowUiTest {
    @Test
    void anOverLongPasteIsCutToWhatAWorkbookKeepsSaidWhyAndUndoneWhole() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String shown = field("#canvas-name").getText();
        String notesBefore = persona(shown).notes();
        robot.interact(() -> {
            javafx.scene.control.Hyperlink add = robot.lookup("#canvas-notes-add").queryAs(javafx.scene.control.Hyperlink.class);
            if (add.isVisible()) {
                add.fire();
            }
        });
        UiFixture.waitForLayout();
        robot.interact(() -> field("#canvas-notes").requestFocus());
        robot.interact(() -> field("#canvas-notes").end());
        // 12,000 characters, an emoji (two chars, one character) just at the limit: it is kept whole.
        String kept = "x".repeat(9_999 - notesBefore.length()) + "\uD83D\uDE00";
        UiFixture.paste(robot, kept + "y".repeat(2_000));
        UiFixture.waitForLayout();

        assertThat(field("#canvas-notes").getText()).isEqualTo(notesBefore + kept);
        waitUntil(() -> persona(shown).notes().equals(notesBefore + kept));
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 10.000 tekens; 2.000 zijn weggelaten.");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        UiFixture.waitForLayout();
        waitUntil(() -> persona(shown).notes().equals(notesBefore));
        assertThat(field("#canvas-notes").getText()).isEqualTo(notesBefore);
    }

    @Test
    void aNameTakesThreeHundredCharactersAndAFullOneRefusesMore() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String shown = field("#canvas-name").getText();
        String id = personaId(shown);
        robot.interact(() -> field("#canvas-name").requestFocus());
        robot.interact(() -> field("#canvas-name").end());
        UiFixture.paste(robot, " " + "n".repeat(400));
        UiFixture.waitForLayout();
        String full = shown + " " + "n".repeat(299 - shown.length());
        waitUntil(() -> name(id).equals(full));
        assertThat(status()).contains("hoogstens 300 tekens; " + (401 - (300 - shown.length())) + " zijn weggelaten");

        UiFixture.paste(robot, "meer");
        UiFixture.waitForLayout();
        assertThat(field("#canvas-name").getText()).isEqualTo(full);
        assertThat(status()).isEqualTo("Deze tekst is vol: een werkboek bewaart hier hoogstens 300 tekens.");
    }

    private TextInputControl field(String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    private String name(String id) {
        return document().workbook().personas().stream().filter(p -> p.id().equals(id)).map(Persona::name)
                .findFirst().orElseThrow();
    }

    private String status() {
        return robot.lookup("#status-message").queryAs(Labeled.class).getText();
    }
}
