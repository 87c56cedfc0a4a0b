package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.TextArea;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;

/**
 * Session 24 (journey24): a coordinator's first import of a panel member's file into a new workbook asked about School,
 * Regio and Team, three choices where the new workbook's fields were empty and nothing could be lost. Only a field
 * that holds text the imported file would change is asked about now.
 */
class ImportIntoNewWorkbookUiTest extends MainWindowUiTest {

    @Test
    void theEmptyFieldsOfANewWorkbookTakeThePanelsWithoutAQuestion() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Workbook twente = document().workbook();
        String activity = twente.activities().get(0).id();
        Workbook panel = twente.withPersonas(java.util.List.of()).withSchool("ROC Rivierenland")
                .withRegion("Gelderland").withTeam("Panel Zorg & Welzijn");
        Path zorg = folder.resolve("panel-zorg.pcanvas");
        Path techniek = folder.resolve("panel-techniek.pcanvas");
        ui.store.save(panel.addPersona(Persona.create("Fenna", "begeleidt stages in België", activity, Instant.now())),
                zorg);
        ui.store.save(panel.withTeam("Panel Techniek")
                .addPersona(Persona.create("Rafaël", "begeleidt koks in Lyon", activity, Instant.now())), techniek);

        Menus.choose(robot, "menu-file", "menu-file-new");
        waitUntil(() -> ui.personaNamesInList().isEmpty());
        assertThat(document().workbook().school()).isEmpty();

        ui.dialogs.filesToOpen.add(zorg);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent()
                || robot.lookup("#merge-content").tryQuery().isPresent());
        assertThat(robot.lookup("#merge-content").tryQuery()).as("no question for the new workbook's empty fields")
                .isEmpty();
        assertThat(robot.lookup("#merge-summary").queryAs(TextArea.class).getText()).contains("Fenna");
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
        Workbook first = document().workbook();
        assertThat(first.school()).isEqualTo("ROC Rivierenland");
        assertThat(first.region()).isEqualTo("Gelderland");
        assertThat(first.team()).isEqualTo("Panel Zorg & Welzijn");
        assertThat(first.personas()).extracting(Persona::name).containsExactly("Fenna");

        // The second panel's team would change the coordinator's: that, and only that, is asked.
        ui.dialogs.filesToOpen.add(techniek);
        Menus.choose(robot, "menu-file", "menu-file-import");
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        assertThat(robot.lookup("#merge-workbook_field_team-both").tryQuery()).isPresent();
        assertThat(robot.lookup("#merge-workbook_field_school-both").tryQuery()).isEmpty();
        assertThat(robot.lookup("#merge-workbook_field_region-both").tryQuery()).isEmpty();
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
        assertThat(document().workbook().team()).startsWith("Panel Zorg & Welzijn").contains("Panel Techniek");
        assertThat(document().workbook().school()).isEqualTo("ROC Rivierenland");
        assertThat(document().workbook().personas()).extracting(Persona::name).containsExactly("Fenna", "Rafaël");
    }
}
