package nl.personacanvas.ui.about;

import nl.personacanvas.ui.Menus;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/** Help > Over Persona Canvas opens the About dialog over the main window, with the app icon. */
class AboutMenuUiTest extends MainWindowUiTest {
    @Test
    void opensTheAboutDialogFromTheHelpMenu() {
        Menus.choose(robot, "menu-help", "menu-help-about");

        waitUntil(() -> robot.lookup("#about-matrix-version").tryQuery().isPresent()
                && robot.lookup("#about-matrix-version").queryAs(Label.class).getText().contains("versie "));
        assertThat(robot.lookup("#about-matrix-version").queryAs(Label.class).getText())
                .isEqualTo("Competentiematrix: versie " + UiFixture.MATRIX.version());
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && "Over Persona Canvas".equals(s.getTitle()) && !s.getIcons().isEmpty()));

        robot.clickOn("#about-close");
        assertThat(Window.getWindows()).noneMatch(w -> w instanceof Stage s && "Over Persona Canvas".equals(s.getTitle()));
    }
}
