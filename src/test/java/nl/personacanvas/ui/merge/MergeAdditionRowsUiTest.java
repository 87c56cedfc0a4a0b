package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;

/**
 * Session 22, a coordinator importing a panel member's file with two new personas: each row's "Toevoegen / Niet
 * toevoegen" stood right after its own name, so the buttons of "Kees-Jan" and "أمينة El Amrani" were out of line and
 * the eye had to find every pair anew. They now stand in one column at the right, as the choices of the differences
 * above them do. And the dialog said "Persona's in beide werkboeken verschillen" where only the team differed.
 */
class MergeAdditionRowsUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void theChoicesOfNewPersonasStandInOneColumnAndDecideWhatIsAdded() throws Exception {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        Workbook mine = ui.window.viewModel().document().workbook();
        String activity = mine.personas().get(0).activityId();
        Persona kees = Persona.create("Kees-Jan", "begeleidt studenten Techniek", activity, Instant.now());
        Persona amina = Persona.create("أمينة El Amrani", "geeft Nederlands als tweede taal aan nieuwkomers", activity,
                Instant.now());
        Path theirFile = folder.resolve("panel-techniek.pcanvas");
        ui.store.save(mine.withTeam("Techniek").addPersona(kees).addPersona(amina), theirFile);
        ui.dialogs.filesToOpen.add(theirFile);

        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        String keesAdd = "#merge-persona_" + kees.id() + "_add-both";
        String aminaAdd = "#merge-persona_" + amina.id() + "_add-both";
        String aminaSkip = "#merge-persona_" + amina.id() + "_add-mine";
        robot.interact(() -> assertThat(((DialogPane) robot.lookup("#merge-content").query().getScene().getRoot())
                .getHeaderText()).as("what the dialog says differs: no persona, only the team")
                .startsWith("Het werkboek panel-techniek.pcanvas verschilt van het jouwe"));
        robot.interact(() -> {
            Bounds first = onScreen(robot.lookup(keesAdd).query());
            Bounds second = onScreen(robot.lookup(aminaAdd).query());
            assertThat(second.getMinX()).as("Toevoegen of the second new persona, under the first's")
                    .isCloseTo(first.getMinX(), org.assertj.core.data.Offset.offset(1.0));
            Bounds content = onScreen(robot.lookup("#merge-content").query());
            Bounds skip = onScreen(robot.lookup(aminaSkip).query());
            assertThat(content.getMaxX() - skip.getMaxX()).as("Niet toevoegen at the right, as the choices above")
                    .isLessThan(20);
        });

        robot.clickOn(aminaSkip);
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
        Workbook merged = ui.window.viewModel().document().workbook();
        assertThat(merged.personas()).extracting(Persona::name).contains("Kees-Jan").doesNotContain("أمينة El Amrani");
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }
}
