package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 18: for a persona of the school's own activity (one the matrix does not have) the check panel's bold summary
 * began in lower case, "eigen activiteit, 0 van 7 elementen …", a sentence without its start. It now says what it is
 * first, as a sentence: "Eigen activiteit: 0 van 7 elementen …". Session 29 (ux29b): "Eigen kernactiviteit", as the
 * workbook page's button that adds one and the matrix window's title say; a persona with no core activity at all is
 * {@link SummaryWordsAsTheListUiTest}'s.
 */
class OwnActivitySummaryUiTest extends MainWindowUiTest {

    @Test
    void theSummaryOfAPersonaOfTheSchoolsOwnActivityStartsAsASentence() {
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        robot.interact(() -> document().apply("test", null, wb -> {
            List<CoreActivity> activities = new ArrayList<>(wb.activities());
            activities.add(new CoreActivity("k-buddy", null, "Buddyprogramma voor internationale studenten",
                    ActivityGroup.AT_HOME));
            return wb.withActivities(activities).updatePersona("p-laura", p -> p.withActivityId("k-buddy"));
        }));
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-summary").tryQuery().isPresent());
        Label summary = robot.lookup("#check-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("van de professional getoond"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(summary.getText()).as("the check panel's summary").startsWith("Eigen kernactiviteit: ")
                .doesNotContain("eigen activiteit,");
    }
}
