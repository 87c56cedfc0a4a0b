package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.stage.Window;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.ScreenRoom;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 18 (ux18b): with long activity names and headlines (each wraps to two or three lines) the choice of
 * personas to compare was sized for 34 px a persona: at 1280 × 720 it showed two and a half of four and scrolled.
 * It now takes the room its rows need, as far as the screen allows.
 */
class CompareChooserRoomUiTest extends MainWindowUiTest {
    private static final String LONG_ROLE = "coördineert als onderwijskundig adviseur en BPV-coördinator de "
            + "internationale stages van de opleidingen Techniek, Zorg & Welzijn en Economie, en overlegt daarover "
            + "elke maand met het internationaliseringsteam van de school";

    @Test
    void fourPersonasWithLongHeadlinesAreAllInSightWithoutScrolling() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> document().apply("test", null, CompareChooserRoomUiTest::fourLongOnes));
        waitUntil(() -> ui.personaNamesInList().size() == 4);

        Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            ScrollPane list = robot.lookup("#compare-choose-list").queryAs(ScrollPane.class);
            Bounds view = list.localToScreen(list.getLayoutBounds());
            List<CheckBox> boxes = new ArrayList<>(robot.from(list).lookup(".check-box").queryAllAs(CheckBox.class));
            assertThat(boxes).hasSize(4);
            for (CheckBox box : boxes) {
                Bounds b = box.localToScreen(box.getLayoutBounds());
                assertThat(b.getMaxY()).as("the bottom of " + box.getText()).isLessThanOrEqualTo(view.getMaxY());
            }
            Window dialog = list.getScene().getWindow();
            Rectangle2D room = ScreenRoom.visualBoundsOf(((javafx.stage.Stage) dialog).getOwner());
            assertThat(dialog.getHeight()).as("the dialog's height").isLessThanOrEqualTo(room.getHeight() * ScreenRoom.SHARE + 1);
            ((javafx.scene.control.Button) ((DialogPane) list.getScene().getRoot()).lookupButton(ButtonType.CANCEL)).fire();
        });
    }

    private static Workbook fourLongOnes(Workbook wb) {
        List<CoreActivity> activities = new ArrayList<>(wb.activities());
        activities.add(new CoreActivity("k-a2", "A2", "Internationale en interculturele dimensies integreren in (vak- "
                + "en burgerschaps-) onderwijs", ActivityGroup.AT_HOME));
        activities.add(new CoreActivity("k-buddy", null, "Buddyprogramma voor internationale studenten en "
                + "statushouders in de eerste klas", ActivityGroup.AT_HOME));
        Workbook more = wb.withActivities(activities);
        Persona laura = more.persona("p-laura").orElseThrow();
        more = more.updatePersona("p-laura", p -> p.withRole(LONG_ROLE))
                .updatePersona("p-ahmed", p -> p.withRole(LONG_ROLE));
        more = more.addPersona(copy(laura, "p-sem", "Sem", "k-a2"));
        return more.addPersona(copy(laura, "p-yasmina", "Yasmina", "k-buddy"));
    }

    private static Persona copy(Persona p, String id, String name, String activityId) {
        return new Persona(id, name, LONG_ROLE, activityId, p.authors(), p.portrait(), p.notes(), p.created(),
                p.modified(), p.canvas());
    }
}
