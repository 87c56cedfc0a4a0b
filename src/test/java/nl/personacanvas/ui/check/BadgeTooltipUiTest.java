package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import nl.personacanvas.model.Entry;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 18 (ux18b): the misplaced badge's tooltip was one line of about 1,050 px that named the quadrant twice,
 * "Naar Organiseren & Communiceren: Past beter bij Organiseren & Communiceren. Klik om …". It names it once and wraps.
 */
class BadgeTooltipUiTest extends MainWindowUiTest {
    private static final String ATTITUDE = "Is flexibel en staat open voor andere culturen";

    @Test
    void theMisplacedBadgesTooltipNamesTheQuadrantOnceAndWrapsInBothLanguages() {
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        UiFixture.waitForLayout();
        robot.clickOn("#add-design");
        TypedText.write(robot, ATTITUDE);
        waitUntil(() -> entryId().isPresent());
        String id = entryId().orElseThrow();

        waitUntil(() -> badge(id).isPresent());
        assertShortAndWrapped(badge(id).orElseThrow(), "Houding",
                "Naar Houding: Past daar beter. Klik om de notitie te verplaatsen (ongedaan te maken).");

        robot.interact(() -> ui.window.switchLanguage(Locale.ENGLISH));
        waitUntil(() -> badge(id).map(b -> ((Control) b).getTooltip().getText().startsWith("To ")).orElse(false));
        assertShortAndWrapped(badge(id).orElseThrow(), "Attitude",
                "To Attitude: Fits there better. Click to move the note (undoable).");
    }

    private static void assertShortAndWrapped(Node badge, String quadrant, String expected) {
        Tooltip tip = ((Control) badge).getTooltip();
        assertThat(tip.getText()).isEqualTo(expected);
        assertThat(tip.getText().split(java.util.regex.Pattern.quote(quadrant), -1)).as("the quadrant named once")
                .hasSize(2);
        assertThat(tip.isWrapText()).isTrue();
        assertThat(tip.getMaxWidth()).isLessThanOrEqualTo(EntryBadges.TOOLTIP_WIDTH);
    }

    private Optional<String> entryId() {
        return document().workbook().persona("p-laura").orElseThrow().canvas().allEntries()
                .filter(e -> e.text().equals(ATTITUDE)).map(Entry::id).findFirst();
    }

    private Optional<Node> badge(String entryId) {
        return robot.lookup(".badge-misplaced")
                .match((Node n) -> n.isVisible() && entryId.equals(n.getProperties().get(EntryBadges.ENTRY_ID)))
                .tryQuery();
    }
}
