package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 19: an entry edited in the comparison window keeps to the length a workbook file holds while pasting, as
 * in the editor, and the window says so; before, the save refused it later.
 */
class CompareTextLimitsUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void anOverLongPasteIntoAnEntryIsCutSaidWhyInTheWindowAndUndoneWhole() {
        waitUntil(() -> document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().open(List.of(personaId("Laura"), personaId("Joost"))));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-0-design") != null);
        String entryId = persona("Laura").canvas().entries(Quadrant.DELIVER).get(0).id();
        String before = text(entryId);

        UiFixture.doubleClickUntil(robot, "#compare-entry-" + entryId, () -> root.lookup("#compare-edit") != null);
        TextInputControl field = (TextInputControl) root.lookup("#compare-edit");
        robot.interact(field::end);
        UiFixture.paste(robot, "x".repeat(12_000));
        WaitForAsyncUtils.waitForFxEvents();
        String kept = before + "x".repeat(10_000 - before.length());
        assertThat(field.getText()).isEqualTo(kept);
        assertThat(((Label) root.lookup("#compare-message")).getText()).isEqualTo(
                "Ingekort: een werkboek bewaart hier hoogstens 10.000 tekens; "
                        + String.format(Locale.forLanguageTag("nl"), "%,d", 2_000 + before.length()) + " zijn weggelaten.");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> text(entryId).equals(kept));

        robot.interact(() -> document().undo());
        waitUntil(() -> text(entryId).equals(before));
    }

    private String text(String entryId) {
        return document().workbook().personas().stream().flatMap(p -> p.canvas().allEntries())
                .filter(e -> e.id().equals(entryId)).findFirst().orElseThrow().text();
    }
}
