package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.paste;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import nl.personacanvas.io.Limits;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 24 (rob24): a paste of several lines into a note makes one note a line, past the note field's own limit. A
 * 1 MB paste made thousands of notes (2,000 lines froze the window for 70 s at a load of 18, building them) and a
 * workbook that could no longer be saved; a line of 12,000 characters went into a note whole, past what the file holds.
 * The paste now makes no more notes than the quadrant holds, none longer than a note, and says what it left out.
 */
class PasteManyLinesUiTest extends MainWindowUiTest {

    @Test
    void aPasteOfMoreLinesThanTheQuadrantHoldsIsCutToItsRoomAndSaidAndTheWorkbookStillSaves() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && Files.exists(WorkbookLock.lockFileOf(twente())));
        robot.clickOn("Laura");
        int had = persona("Laura").canvas().entries(Quadrant.ATTITUDE).size();
        robot.clickOn("#add-attitude");
        String longLine = "Zij leest zich in 🌍 ".repeat(700).strip(); // 13,999 code points, as a paste strips its lines
        List<String> lines = IntStream.range(0, 1_100).mapToObj(i -> i == 1 ? longLine : "Houding " + i).toList();
        paste(robot, String.join("\n", lines));

        int max = Limits.MAX_ENTRIES_PER_QUADRANT;
        waitUntil(() -> persona("Laura").canvas().entries(Quadrant.ATTITUDE).size() == max);
        List<String> texts = persona("Laura").canvas().entries(Quadrant.ATTITUDE).stream().map(Entry::text).toList();
        int fits = max - had; // the note added, filled with the first line, and the room after it
        assertThat(texts.subList(had, max)).as("the first lines, in order")
                .startsWith("Houding 0").endsWith("Houding " + (fits - 1));
        assertThat(texts.get(had + 1)).as("the long line, cut to a note's length")
                .isEqualTo(longLine.substring(0, longLine.offsetByCodePoints(0, Limits.MAX_TEXT_LENGTH)));
        assertThat(robot.lookup("#status-message").queryAs(Labeled.class).getText()).isEqualTo(
                "Ingekort: een werkboek bewaart hier hoogstens 1.000 notities; " + (1_100 - fits)
                        + " zijn weggelaten. Te lange regels zijn ingekort: een notitie bewaart hoogstens 10.000"
                        + " tekens; 3.999 tekens zijn weggelaten.");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !document().isDirty() && !ui.window.viewModel().files().busyProperty().get());
        assertThat(ui.dialogs.errors).isEmpty();
        assertThat(new WorkbookStore(new WorkbookCodec()).load(twente())).isEqualTo(document().workbook());
    }
}
