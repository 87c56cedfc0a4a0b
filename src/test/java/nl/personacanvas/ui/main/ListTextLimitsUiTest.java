package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 19: a principle's statements (one a line) and a persona's authors (separated by commas) keep to the
 * workbook file's limits while pasting, each statement or name within its length and the list within its count, as
 * the editor's other fields do since session 18. Before, the save refused an over-long statement or name, and saved
 * a 101st author without a word, which the next open refused.
 */
class ListTextLimitsUiTest extends MainWindowUiTest {
    private static final String FIRST = "Elke student doet internationale ervaring op, thuis of in het buitenland.";

    @Test
    void anOverLongStatementIsCutToItsLengthAndTheNextLinesAreKept() {
        TextInputControl area = statements();
        UiFixture.paste(robot, "\n" + "s".repeat(12_000) + "\nDe laatste uitspraak");
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> statementsInWorkbook().size() == 3);
        assertThat(statementsInWorkbook()).containsExactly(FIRST, "s".repeat(10_000), "De laatste uitspraak");
        assertThat(area.getText()).isEqualTo(FIRST + "\n" + "s".repeat(10_000) + "\nDe laatste uitspraak");
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 10.000 tekens; 2.000 zijn weggelaten.");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> statementsInWorkbook().equals(List.of(FIRST)));
        assertThat(area.getText()).isEqualTo(FIRST);
    }

    @Test
    void aPrincipleKeepsAtMostAThousandStatements() {
        statements();
        String pasted = IntStream.rangeClosed(1, 1_005).mapToObj(i -> "Uitspraak " + i).collect(Collectors.joining("\n"));
        UiFixture.paste(robot, "\n" + pasted);
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> statementsInWorkbook().size() == 1_000);
        assertThat(statementsInWorkbook().get(999)).isEqualTo("Uitspraak 999");
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 1.000 uitspraken; 6 zijn weggelaten.");

        UiFixture.paste(robot, "\nnog een");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status()).isEqualTo("Deze lijst is vol: een werkboek bewaart hier hoogstens 1.000 uitspraken.");
        assertThat(statementsInWorkbook()).hasSize(1_000);
    }

    @Test
    void anOverLongAuthorIsCutToANamesLengthAndTheNamesAfterItAreKept() {
        String laura = openLaura();
        assertThat(authors(laura)).containsExactly("Panel Oost");
        UiFixture.paste(robot, ", " + "n".repeat(400) + ", Kim");
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> authors(laura).size() == 3);
        assertThat(authors(laura)).containsExactly("Panel Oost", "n".repeat(300), "Kim");
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 300 tekens; 100 zijn weggelaten.");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> authors(laura).equals(List.of("Panel Oost")));
        assertThat(field("#canvas-authors").getText()).isEqualTo("Panel Oost");

        // One left out is said in the singular.
        robot.interact(field("#canvas-authors")::end);
        UiFixture.paste(robot, ", " + "m".repeat(301));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> authors(laura).size() == 2);
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 300 tekens; 1 is weggelaten.");
    }

    @Test
    void aPersonaKeepsAtMostAHundredAuthors() {
        String laura = openLaura();
        String pasted = IntStream.rangeClosed(1, 120).mapToObj(i -> "Auteur " + i).collect(Collectors.joining("; "));
        UiFixture.paste(robot, "; " + pasted);
        WaitForAsyncUtils.waitForFxEvents();

        waitUntil(() -> authors(laura).size() == 100);
        assertThat(authors(laura).get(99)).isEqualTo("Auteur 99");
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 100 namen; 21 zijn weggelaten.");
    }

    /** The first principle's statements on the workbook page, focused with the caret at their end. */
    private TextInputControl statements() {
        waitUntil(() -> robot.lookup("#workbook-principle-statements-0").tryQuery().isPresent());
        robot.clickOn("#workbook-principle-statements-0");
        TextInputControl area = field("#workbook-principle-statements-0");
        robot.interact(area::end);
        assertThat(area.getText()).isEqualTo(FIRST);
        return area;
    }

    /** Laura's canvas, the caret at the end of her authors; her id. */
    private String openLaura() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String id = personaId("Laura");
        robot.clickOn("#canvas-authors");
        robot.interact(field("#canvas-authors")::end);
        return id;
    }

    private List<String> statementsInWorkbook() {
        return document().workbook().principles().get(0).statements();
    }

    private List<String> authors(String id) {
        return document().workbook().personas().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow()
                .authors();
    }

    private TextInputControl field(String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    private String status() {
        return robot.lookup("#status-message").queryAs(Labeled.class).getText();
    }
}
