package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 19 (a team's review at 1366 × 768): a workbook whose file name is long ("Alfa-college personas definitieve
 * versie na de teamdag …") had its status bar's file part run past the window's right edge: the name was to stay whole
 * and was wider than the part may be, so its end, the part that tells files apart, was out of sight.
 */
class StatusBarLongFileUiTest extends MainWindowUiTest {
    private static final String NAME = "Alfa-college personas definitieve versie na de teamdag van 12 maart met"
            + " opmerkingen van het panel.pcanvas";

    @Override
    protected List<String> startArguments() throws IOException {
        Path copy = ui.copyFixture("twente.pcanvas");
        Path folder = Files.createDirectories(copy.resolveSibling("Werkgroep internationalisering 2026-2027"));
        return List.of(Files.move(copy, folder.resolve(NAME)).toString());
    }

    @Test
    void aLongFileNameEndsInsideTheWindowWithItsEndShown() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            Label file = robot.lookup("#status-file").queryAs(Label.class);
            Bounds at = file.localToScene(file.getLayoutBounds());
            double window = file.getScene().getWidth();
            assertThat(window).isGreaterThanOrEqualTo(StatusBarRoom.WHOLE_FROM);
            assertThat(at.getMaxX()).as("the file part's right edge within the window").isLessThanOrEqualTo(window);
            String shown = file.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(n -> ((Text) n).getText()).findFirst().orElse("");
            assertThat(shown).as("what the part shows").endsWith("van het panel.pcanvas").startsWith("...");
            assertThat(file.getTooltip() == null ? "" : file.getTooltip().getText()).as("the whole path in the tooltip")
                    .satisfiesAnyOf(t -> assertThat(t).isEmpty(), t -> assertThat(t).endsWith(NAME));
        });
    }
}
