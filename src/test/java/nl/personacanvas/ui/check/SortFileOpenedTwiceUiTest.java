package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 24 (journey24): a coordinator who opened the workshop's .csv in Stickers sorteren a second time (to be sure
 * it was the right one) had every statement twice in the list and the table. The second opening now adds nothing and
 * the dialog says why.
 */
class SortFileOpenedTwiceUiTest extends MainWindowUiTest {

    @Test
    void theSameFileOpenedTwiceAddsItsStatementsOnceAndSaysSo() throws Exception {
        Path csv = Files.writeString(folder.resolve("stickers.csv"),
                "nr;tekst\n1;Zoekt een stagebedrijf in Gent\n2;\"Heeft een lerende houding; ook na een fout\"\n");
        ui.dialogs.statementFiles.add(csv);
        ui.dialogs.statementFiles.add(csv);
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> personaId("Laura").equals(ui.window.viewModel().personas().selectedPersonaIdProperty().get()));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-sort").tryQuery().isPresent());
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-open").tryQuery().isPresent());
        String once = "Zoekt een stagebedrijf in Gent\nHeeft een lerende houding; ook na een fout";

        robot.clickOn("#sort-open");
        waitUntil(() -> table().getItems().size() == 2);
        assertThat(input().getText()).isEqualTo(once);
        assertThat(notice().getText()).isEmpty();

        robot.clickOn("#sort-open");
        waitUntil(() -> !notice().getText().isEmpty());
        assertThat(notice().getText())
                .isEqualTo("2 stellingen uit stickers.csv stonden er al en zijn niet nog eens toegevoegd.");
        assertThat(input().getText()).isEqualTo(once);
        waitUntil(() -> !robot.lookup("#sort-run").query().isDisabled());
        assertThat(table().getItems()).extracting(row -> ((SortRow) row).text())
                .containsExactly("Zoekt een stagebedrijf in Gent", "Heeft een lerende houding; ook na een fout");
        assertThat(ui.dialogs.statementFiles).isEmpty();
        robot.interact(() -> input().getScene().getWindow().hide());
    }

    private TextInputControl input() {
        return robot.lookup("#sort-input").queryAs(TextInputControl.class);
    }

    private Label notice() {
        return robot.lookup("#sort-notice").queryAs(Label.class);
    }

    private TableView<?> table() {
        return robot.lookup("#sort-table").queryAs(TableView.class);
    }
}
