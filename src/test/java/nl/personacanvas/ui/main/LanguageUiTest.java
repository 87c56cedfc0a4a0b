package nl.personacanvas.ui.main;

import nl.personacanvas.ui.Menus;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import nl.personacanvas.ui.UiFixture;

/** Beeld > Taal switches the whole window, keeps the work and the selection, and is remembered. */
class LanguageUiTest extends MainWindowUiTest {
    private String quadrantTitle(FxRobot robot) {
        return robot.lookup("#quadrant-design .quadrant-title").queryAs(Label.class).getText();
    }

    @Test
    void switchesToEnglishAndBack() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END).write(" in Duitsland");
        assertThat(quadrantTitle(robot)).isEqualTo("Ontwerpen & Ontwikkelen");

        chooseLanguage(robot, "en");

        assertThat(quadrantTitle(robot)).isEqualTo("Design & Develop");
        // Laura's canvas is Dutch: its headline goes on "Zij …" in the English window too, as on the English poster
        // (the lead-in continues the panel's sentence; model.CanvasLanguage).
        assertThat(robot.lookup("#canvas-headline").queryAs(Label.class).getText()).endsWith("in Duitsland. Zij\u00A0…");
        assertThat(Menus.title(robot, "menu-file")).isEqualTo("File");
        assertThat(ui.settings.language()).isEqualTo(Locale.ENGLISH);
        assertThat(ui.window.canvas().nameProperty().get()).isEqualTo("Laura");
        assertThat(robot.lookup("#canvas-role").queryTextInputControl().getText()).endsWith("in Duitsland");
        assertThat(ui.window.viewModel().document().canUndoProperty().get()).isTrue();

        chooseLanguage(robot, "nl");

        assertThat(quadrantTitle(robot)).isEqualTo("Ontwerpen & Ontwikkelen");
        assertThat(robot.lookup("#canvas-headline").queryAs(Label.class).getText()).endsWith(". Zij\u00A0…"); // held together (session 23)
        assertThat(Menus.title(robot, "menu-file")).isEqualTo("Bestand");
        assertThat(ui.settings.language()).isEqualTo(Messages.DUTCH);
    }

    /**
     * Beeld > Taal > English with the keyboard only (F10 to the menu bar, arrows, Enter). The status bar follows (its
     * texts are bindings in a view-model that outlives the rebuilt view, and they stayed Dutch), and the keyboard
     * stays in the field it was in (it went to the search field).
     */
    @Test
    void theKeyboardSwitchesTheLanguageAndTheStatusBarFollows() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        assertThat(statusText("#status-saved")).isEqualTo("Opgeslagen");
        assertThat(statusText("#status-personas")).isEqualTo("Persona's: 2");
        assertThat(statusText("#status-message")).isEqualTo("Geopend: twente.pcanvas");
        robot.clickOn("#workbook-school");
        Node dutchField = robot.lookup("#workbook-school").query();

        robot.push(KeyCode.F10);
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT).push(KeyCode.DOWN);
        waitUntil(() -> robot.lookup("#menu-view-language").tryQuery().isPresent());
        robot.push(KeyCode.UP).push(KeyCode.RIGHT);
        waitUntil(() -> robot.lookup("#menu-view-language-en").tryQuery().isPresent());
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER);

        waitUntil(() -> ui.settings.language().equals(Locale.ENGLISH));
        assertThat(Menus.title(robot, "menu-file")).isEqualTo("File");
        assertThat(statusText("#status-saved")).isEqualTo("Saved");
        assertThat(statusText("#status-personas")).isEqualTo("Personas: 2");
        assertThat(statusText("#status-message")).isEmpty();
        // The keyboard is still in the School field, now the English view's, not in the search field.
        Node focused = ui.window.view().getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("workbook-school");
        assertThat(focused).isNotSameAs(dutchField);
    }

    private String statusText(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * The name field keeps its width when the view is rebuilt in the other language. It was measured before its
     * skin existed and came out as narrow as the name itself ("Noor" in a box of four letters) until the name
     * changed.
     */
    @Test
    void theNameFieldKeepsItsWidthInTheOtherLanguage() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#canvas-name").tryQuery().map(Node::isVisible).orElse(false));
        double dutch = robot.lookup("#canvas-name").query().getBoundsInLocal().getWidth();

        chooseLanguage(robot, "en");

        waitUntil(() -> "Design & Develop".equals(quadrantTitle(robot)));
        UiFixture.waitForLayout();
        assertThat(robot.lookup("#canvas-name").query().getBoundsInLocal().getWidth()).isCloseTo(dutch, within(1.0));
    }

    /**
     * Restored work, then Beeld > Taal > English: the keyboard stays where it was after the restore, not in the
     * Authors field of the rebuilt view (seen once in session 15's review; not reproduced here nor in the jar, so
     * this guards the order of events rather than proving a fix).
     */
    @Test
    void afterARestoreTheLanguageSwitchLeavesTheKeyboardWhereItWas() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.recovery.write(TestWorkbooks.twoPersonas().withSchool("Hersteld"), null, null, TestWorkbooks.T0);
        ui.dialogs.confirmAnswer = true;
        // The crash: the first window goes without a clean close; the next start finds the copy.
        robot.interact(() -> ui.window.view().getScene().getWindow().hide());
        robot.interact(() -> ui.start(new Stage(), List.of()));
        waitUntil(() -> "Hersteld".equals(ui.window.viewModel().document().workbook().school()));
        waitUntil(() -> robot.lookup("#canvas-name").tryQuery().map(Node::isVisible).orElse(false));
        UiFixture.waitForLayout();
        Node before = ui.window.view().getScene().getFocusOwner();

        chooseLanguage(robot, "en");

        waitUntil(() -> "Design & Develop".equals(quadrantTitle(robot)));
        UiFixture.waitForLayout();
        Node after = ui.window.view().getScene().getFocusOwner();
        assertThat(after.getId()).isNotEqualTo("canvas-authors").isEqualTo(before.getId());
    }

    /**
     * Session 25 (rob25): after the switch the field that had the keyboard came back with its whole text selected,
     * so the next key typed replaced the user's words. The caret is back where it was, nothing selected, and typing
     * goes in there; the role's field likewise.
     */
    @Test
    void theFocusedFieldKeepsItsCaretAndNothingIsSelectedAfterTheSwitch() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String id = personaId("Laura");
        robot.clickOn("#canvas-name").push(KeyCode.END).push(KeyCode.LEFT).push(KeyCode.LEFT);

        chooseLanguage(robot, "en");

        waitUntil(() -> "Design & Develop".equals(quadrantTitle(robot)));
        UiFixture.waitForLayout();
        javafx.scene.control.TextInputControl name = robot.lookup("#canvas-name")
                .queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> {
            assertThat(name.isFocused()).isTrue();
            assertThat(name.getSelectedText()).as("nothing selected").isEmpty();
            assertThat(name.getCaretPosition()).as("the caret between 'Lau' and 'ra'").isEqualTo(3);
        });
        robot.write("x");
        waitUntil(() -> document().workbook().persona(id).orElseThrow().name().equals("Lauxra"));

        robot.clickOn("#canvas-role").push(KeyCode.CONTROL, KeyCode.HOME).push(KeyCode.RIGHT);
        chooseLanguage(robot, "nl");
        waitUntil(() -> "Ontwerpen & Ontwikkelen".equals(quadrantTitle(robot)));
        UiFixture.waitForLayout();
        robot.write("E");
        waitUntil(() -> document().workbook().persona(id).orElseThrow().role()
                .equals("bEegeleidt studenten bij een internationale stage"));
    }

    /** Beeld > Taal > English (or View > Language > Nederlands) with the mouse, as a user chooses it. */
    private static void chooseLanguage(FxRobot robot, String language) {
        Menus.choose(robot, "menu-view", "menu-view-language", "menu-view-language-" + language);
    }
}
