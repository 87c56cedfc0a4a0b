package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 18 (ux18b): a persona of the school's own activity with an empty Houding got no red "Ontbreekt hier, wel bij
 * een ander" band beside one that shows a shared attitude, while its check said "0 van 7 houdingen". The matrix cells
 * do not apply to an own activity; the shared attitudes do.
 */
class CompareOwnActivityUiTest extends MainWindowUiTest {

    @Test
    void anEmptyHoudingOfTheSchoolsOwnActivityIsMarkedMissingWhereAnotherShowsASharedAttitude() {
        waitUntil(() -> document().workbook().persona("p-ahmed").isPresent());
        robot.interact(() -> document().apply("test", null, wb -> {
            List<CoreActivity> activities = new ArrayList<>(wb.activities());
            activities.add(new CoreActivity("k-buddy", null, "Buddyprogramma", ActivityGroup.AT_HOME));
            return wb.withActivities(activities)
                    .updatePersona("p-ahmed", p -> p.withActivityId("k-buddy")
                            .withCanvas(p.canvas().withEntries(Quadrant.ATTITUDE, List.of())))
                    // "Benaderbaar" linked by hand to H.1 (flexibel), a shared attitude: a link wins over the checker.
                    .updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(
                            p.canvas().find("e-l5").orElseThrow().withLinks(List.of("H.1")))));
        }));
        robot.interact(() -> ui.window.comparison().open(List.of("p-laura", "p-ahmed")));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-1-attitude") != null);

        Label missing = (Label) root.lookup("#compare-missing-1-attitude");
        assertThat(missing).as("the red band in the own activity's empty Houding").isNotNull();
        assertThat(missing.getText()).startsWith("Ontbreekt hier, wel bij een ander: ").contains("flexibel");
        assertThat(root.lookup("#compare-missing-0-attitude")).as("Laura shows it").isNull();
        // The matrix's cells are still not expected of an own activity.
        assertThat(root.lookup("#compare-missing-1-design")).isNull();
    }
}
