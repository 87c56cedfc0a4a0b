package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import nl.personacanvas.io.Limits;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 20: in the choice of personas to compare, a headline of many lines (a role of the longest length, 1,000
 * characters) had its check box centred beside it, twenty lines below the name it ticks. The box now stands beside the
 * headline's first line.
 */
class CompareChoiceBoxTopUiTest extends MainWindowUiTest {
    private static final String ROLE = "coördineert als onderwijskundig adviseur, BPV-coördinator en docent burgerschap "
            + "de internationale stages en de uitwisselingen met partnerscholen in Duitsland, België en Marokko ";

    @Test
    void theBoxOfAVeryLongHeadlineStandsBesideItsFirstLine() {
        String role = ROLE.repeat(10).substring(0, Limits.MAX_SENTENCE_LENGTH).strip();
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        robot.interact(() -> document().apply("test", null, wb -> wb.updatePersona("p-laura", p -> p.withRole(role))));
        Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            ScrollPane list = robot.lookup("#compare-choose-list").queryAs(ScrollPane.class);
            CheckBox laura = robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class).stream()
                    .filter(b -> "p-laura".equals(b.getUserData())).findFirst().orElseThrow();
            Node box = laura.lookup(".box");
            Node text = laura.lookup(".text");
            Bounds boxBounds = box.localToScene(box.getLayoutBounds());
            Bounds textBounds = text.localToScene(text.getLayoutBounds());
            // Session 21: the headline is cut short (200 characters and " …"), the whole in its tooltip; whole, it took
            // twenty lines of the choice.
            assertThat(laura.getText()).startsWith("Laura co\u00f6rdineert").endsWith(" \u2026")
                    .hasSizeLessThanOrEqualTo(202);
            assertThat(laura.getTooltip().getText()).isEqualTo("Laura " + role + ".");
            assertThat(laura.getAccessibleText()).isEqualTo("Laura " + role + ".");
            assertThat(textBounds.getHeight()).as("Laura's headline in a few lines").isGreaterThan(box.getLayoutBounds().getHeight())
                    .isLessThan(6 * box.getLayoutBounds().getHeight());
            assertThat(boxBounds.getMinY()).as("the box's top beside the headline's first line")
                    .isBetween(textBounds.getMinY() - 4, textBounds.getMinY() + box.getLayoutBounds().getHeight());
            ((javafx.scene.control.Button) ((DialogPane) list.getScene().getRoot()).lookupButton(ButtonType.CANCEL)).fire();
        });
    }
}
