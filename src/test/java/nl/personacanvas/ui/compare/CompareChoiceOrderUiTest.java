package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The comparison's choice groups the personas under their core activity in the persona list's order of activities
 * (the workbook's), not in the order the personas were made: a team finds a persona where the list shows it.
 */
class CompareChoiceOrderUiTest extends MainWindowUiTest {

    @Test
    void theChoicesGroupsFollowThePersonaListsOrderOfActivities() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // Ahmed (A1, the workbook's second activity) made first: the list still shows Laura (A4, the first) on top.
        robot.interact(() -> document().apply("undo.newPersona", null, wb -> {
            List<Persona> reversed = new ArrayList<>(wb.personas());
            java.util.Collections.reverse(reversed);
            return wb.withPersonas(reversed);
        }));
        waitUntil(() -> document().workbook().personas().get(0).name().equals("Ahmed"));
        List<String> listed = ui.personaNamesInList();
        assertThat(listed).containsExactly("Laura", "Ahmed");

        Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ScrollPane list = robot.lookup("#compare-choose-list").queryAs(ScrollPane.class);
            List<String> chosen = robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class).stream()
                    .map(box -> document().workbook().persona((String) box.getUserData()).orElseThrow().name())
                    .toList();
            // queryAll keeps no order: the boxes' order is their order in the dialog's list.
            List<String> inOrder = ((javafx.scene.layout.Pane) robot.from(list).lookup(".check-box").query().getParent())
                    .getChildren().stream().filter(CheckBox.class::isInstance)
                    .map(box -> document().workbook().persona((String) box.getUserData()).orElseThrow().name())
                    .toList();
            assertThat(chosen).containsExactlyInAnyOrderElementsOf(listed);
            assertThat(inOrder).isEqualTo(listed);
            DialogPane pane = (DialogPane) list.getScene().getRoot();
            ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire();
        });
    }
}
