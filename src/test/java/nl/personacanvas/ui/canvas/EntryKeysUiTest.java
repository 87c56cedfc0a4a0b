package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.paste;
import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The sticky-note keys: Enter, Shift+Enter, Backspace on empty, multi-line paste, reorder, notes. */
class EntryKeysUiTest extends MainWindowUiTest {
    private Persona laura() {
        return ui.window.viewModel().document().workbook().persona("p-laura").orElseThrow();
    }

    private List<String> texts(Quadrant q) {
        return laura().canvas().entries(q).stream().map(Entry::text).toList();
    }

    private Node part(FxRobot robot, String entryId, String styleClass) {
        return EntryNodes.part(robot, entryId, styleClass);
    }

    private void openLaura(FxRobot robot) {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
    }

    @Test
    void enterAddsTheNextShiftEnterBreaksTheLineBackspaceOnEmptyRemoves() {
        openLaura(robot);
        robot.clickOn(part(robot, "e-l1", "entry-text")).push(KeyCode.END).push(KeyCode.ENTER);
        robot.write("Nieuw").push(KeyCode.SHIFT, KeyCode.ENTER).write("tweede regel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.DESIGN)).containsExactly(
                "Stageopdrachten met interculturele leeruitkomsten", "Nieuw\ntweede regel");

        robot.push(KeyCode.ENTER);
        assertThat(texts(Quadrant.DESIGN)).hasSize(3).last().isEqualTo("");
        robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.DESIGN)).containsExactly(
                "Stageopdrachten met interculturele leeruitkomsten", "Nieuw\ntweede regel");
        // The caret went back to the end of the note above, so typing goes on there.
        robot.write("!");
        assertThat(texts(Quadrant.DESIGN).get(1)).isEqualTo("Nieuw\ntweede regel!");
    }

    /**
     * Enter in a note still empty adds no second empty note: the caret stays, and what is typed next goes into it. It
     * added one at every press, and fast typing left empty notes at a quadrant's end.
     */
    @Test
    void enterInAnEmptyNoteAddsNoOtherAndTheCaretStays() {
        openLaura(robot);
        robot.clickOn(part(robot, "e-l1", "entry-text")).push(KeyCode.END).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.DESIGN)).hasSize(2).last().isEqualTo("");

        robot.push(KeyCode.ENTER).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.DESIGN)).hasSize(2);
        robot.write("Daarna");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten met interculturele leeruitkomsten", "Daarna");
    }

    /**
     * Keys typed at once after Toevoegen, before the window has drawn the new note once, land in it. The note's text
     * field got the keyboard before it had its skin, which is what reads keys: under load the first words of a note
     * were missing ("kt met partners af").
     */
    @Test
    void keysTypedBeforeTheNewNoteIsDrawnLandInIt() {
        openLaura(robot);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Button add = robot.lookup("#add-design").queryButton();
            add.fire();
            Node owner = add.getScene().getFocusOwner();
            for (char c : "Spreekt".toCharArray()) {
                Event.fireEvent(owner, new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten met interculturele leeruitkomsten", "Spreekt");
    }

    @Test
    void tabMovesOnInsteadOfTypingATab() {
        openLaura(robot);
        Node first = part(robot, "e-l1", "entry-text");
        robot.clickOn(first).push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.isFocused()).isFalse();
        assertThat(texts(Quadrant.DESIGN)).containsExactly("Stageopdrachten met interculturele leeruitkomsten");
    }

    @Test
    void pastingSeveralLinesMakesSeveralEntries() {
        openLaura(robot);
        robot.clickOn("#add-attitude");
        paste(robot, "Open\n\n  Nieuwsgierig\r\nVeerkrachtig\n");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(Quadrant.ATTITUDE)).containsExactly("Benaderbaar", "Open", "Nieuwsgierig", "Veerkrachtig");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.ATTITUDE)).containsExactly("Benaderbaar", "Open");
    }

    @Test
    void reordersByDragAndByAltShiftArrow() {
        openLaura(robot);
        robot.drag(part(robot, "e-l4", "entry-grip"))
                .moveTo(part(robot, "e-l3", "entry-text"), Pos.TOP_CENTER, new Point2D(0, 2), Motion.DIRECT)
                .drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.ORGANISE)).containsExactly(
                "Regelt verzekeringen en documenten", "Onderhoudt contact met stagebedrijven in Duitsland");

        robot.clickOn(part(robot, "e-l4", "entry-text")).push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(Quadrant.ORGANISE)).containsExactly(
                "Onderhoudt contact met stagebedrijven in Duitsland", "Regelt verzekeringen en documenten");
    }

    @Test
    void eachEntryCanCarryANote() {
        openLaura(robot);
        robot.clickOn(part(robot, "e-l2", "entry-note-toggle")).write("Via Teams, elke week");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(laura().canvas().find("e-l2").orElseThrow().note()).isEqualTo("Via Teams, elke week");
        assertThat(laura().canvas().find("e-l2").orElseThrow().text()).isEqualTo("Coacht op afstand via videobellen");
    }
}
