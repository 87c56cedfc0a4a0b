package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Menus;
import org.junit.jupiter.api.Test;

/** Session 18 (rob18b): the name Save as suggests is one every system accepts. */
class SaveAsNameUiTest extends MainWindowUiTest {
    @Test
    void aSchoolWithAWindowsReservedNameSuggestsASafeFileName() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        interact(() -> document().apply("school", null, wb -> wb.withSchool("CON")));
        Menus.choose(robot, "menu-file", "menu-file-save-as");
        waitUntil(() -> ui.dialogs.suggestedWorkbookNames.size() == 1);
        assertThat(ui.dialogs.suggestedWorkbookNames).containsExactly("_CON.pcanvas");
    }
}
