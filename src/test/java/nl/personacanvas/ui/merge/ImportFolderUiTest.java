package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;

/**
 * Session 24, a coordinator's day: five panel members' files in one folder, imported one by one into a new workbook.
 * The import's chooser started beside the open file only, so for a workbook not yet saved in the system's default
 * (GTK: "Recent"), and every one of the five imports had to find the panels' folder again.
 */
class ImportFolderUiTest extends MainWindowUiTest {

    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    @Test
    void theSecondImportStartsInTheFolderTheFirstWasChosenIn() throws Exception {
        waitUntil(() -> document().workbook() != null);
        Workbook mine = document().workbook();
        String activity = mine.activities().get(0).id();
        Path panels = Files.createDirectories(folder.resolve("panels"));
        Path zorg = panels.resolve("panel-zorg.pcanvas");
        Path techniek = panels.resolve("panel-techniek.pcanvas");
        ui.store.save(mine.addPersona(Persona.create("Fenna", "begeleidt stages in België", activity, Instant.now())), zorg);
        ui.store.save(mine.addPersona(Persona.create("Rafaël", "begeleidt koks in Lyon", activity, Instant.now())),
                techniek);
        Path opened = Files.createDirectories(folder.resolve("elders"));
        ui.settings.setLastDirectory(opened);

        importFile(zorg);
        importFile(techniek);

        assertThat(ui.dialogs.openFolders).as("where the two imports' choosers started")
                .containsExactly(Optional.of(opened), Optional.of(panels));
        assertThat(document().workbook().personas()).extracting(Persona::name).contains("Fenna", "Rafaël");
        assertThat(ui.settings.lastDirectory()).contains(panels);
    }

    private void importFile(Path file) {
        int before = document().workbook().personas().size();
        ui.dialogs.filesToOpen.add(file);
        Menus.choose(robot, "menu-file", "menu-file-import");
        // A file that only adds a persona needs no choices: the report comes straight away.
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent()
                || robot.lookup("#merge-summary").tryQuery().isPresent());
        if (robot.lookup("#merge-content").tryQuery().isPresent()) {
            robot.clickOn("#merge-apply");
        }
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
        waitUntil(() -> document().workbook().personas().size() == before + 1);
    }
}
