package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (rob26): the merge dialog shows a name that starts in Arabic left to right, as the fields and the list do
 * ("فاطمة El Amrani", not "El Amrani فاطمة"), in a persona's heading and in a changed team's or name's cells; what is
 * merged is the names as typed, without the dialog's marks.
 */
class MergeDialogNamesUiTest extends MainWindowUiTest {
    private static final String FATIMA = "\u0641\u0627\u0637\u0645\u0629 El Amrani";
    private static final String FATIMA_THEIRS = "\u0641\u0627\u0637\u0645\u0629 El Amrani-Bakkali";
    private static final String TEAM = "\u0641\u0631\u064A\u0642 \uD83C\uDF0D Zorg";
    private static final String COPY = "twente (conflicted copy).pcanvas";

    /** Mine: Laura renamed Fatima; theirs (a conflict copy beside it): another surname and an Arabic-first team. */
    @Override
    protected List<String> startArguments() throws IOException {
        Path twente = ui.copyFixture("twente.pcanvas");
        try {
            Workbook mine = rename(ui.store.load(twente), FATIMA);
            ui.store.save(mine, twente);
            ui.store.save(rename(mine, FATIMA_THEIRS).withTeam(TEAM), folder.resolve(COPY));
        } catch (WorkbookFormatException e) {
            throw new IOException(e);
        }
        ui.dialogs.confirmAnswer = true; // Samenvoegen…
        return List.of(twente.toString());
    }

    @Test
    void namesStartingInArabicReadLeftToRightAndAreMergedAsTyped() throws Exception {
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        Node content = robot.lookup("#merge-content").query();
        UiFixture.waitForLayout();
        robot.interact(() -> {
            TitledPane section = content.lookupAll(".titled-pane").stream().map(TitledPane.class::cast)
                    .filter(p -> p.getText().contains("El Amrani")).findFirst().orElseThrow();
            assertThat(section.getText()).isEqualTo("\u200E" + FATIMA);
            assertLeftToRight((Text) section.lookup(".title .text"), "El Amrani");
            Label theirs = content.lookupAll(".label").stream().filter(Label.class::isInstance).map(Label.class::cast)
                    .filter(l -> l.getText().contains("Bakkali")).findFirst().orElseThrow();
            assertThat(theirs.getText()).isEqualTo("\u200E" + FATIMA_THEIRS);
            assertLeftToRight((Text) theirs.lookup(".text"), "Bakkali");
            Label team = content.lookupAll(".label").stream().filter(Label.class::isInstance).map(Label.class::cast)
                    .filter(l -> l.getText().contains("\uD83C\uDF0D")).findFirst().orElseThrow();
            assertThat(team.getText()).isEqualTo("\u200E" + TEAM);
            assertLeftToRight((Text) team.lookup(".text"), "Zorg");
        });
        robot.interact(() -> content.lookupAll(".toggle-button").stream()
                .filter(b -> b.getId() != null && b.getId().endsWith("-theirs"))
                .forEach(b -> ((javafx.scene.control.ToggleButton) b).fire()));
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
        waitUntil(() -> document().workbook().team().equals(TEAM));
        assertThat(document().workbook().personas().stream().map(Persona::name))
                .contains(FATIMA_THEIRS).noneMatch(n -> n.contains("\u200E"));
    }

    private static Workbook rename(Workbook workbook, String name) {
        return workbook.withPersonas(workbook.personas().stream()
                .map(p -> p.name().startsWith("Laura") || p.name().contains("El Amrani") ? p.withName(name) : p)
                .toList());
    }

    /** The line ends at the right with the end of {@code last}: read left to right. */
    private static void assertLeftToRight(Text text, String last) {
        String shown = text.getText();
        Bounds line = text.getLayoutBounds();
        int rightmost = text.hitTest(new Point2D(line.getMinX() + text.prefWidth(-1) - 2, line.getMinY() + 4))
                .getCharIndex();
        assertThat(rightmost).as("the character at the right end of \"%s\": the end of %s", shown, last)
                .isGreaterThanOrEqualTo(shown.indexOf(last) + last.length() - 2);
    }
}
