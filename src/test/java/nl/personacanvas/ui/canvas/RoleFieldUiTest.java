package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * A long role sentence in the canvas header can be read whole where it is typed, in the window the app opens on a
 * 1280 x 800 screen and on a 1600 x 1000 one, and the header stays clear of the quadrants.
 */
class RoleFieldUiTest extends MainWindowUiTest {
    private static final String ROLE = "begeleidt studenten bij een internationale stage en onderhoudt het contact"
            + " met de stagebedrijven in Duitsland";

    @Test
    void aLongRoleIsReadableInTheWindowOfASmallScreen() {
        typeRoleAndCheck(1177, 736, false);
    }

    /**
     * The app's widest window (1280 px). 800 high rather than the 820 it gets on a large screen: the headless
     * screen is 1280 x 800, and a window reaching past it makes Monocle's painter throw BufferOverflowException on
     * every frame. The header's layout depends on the width only.
     */
    @Test
    void aLongRoleIsReadableInTheWindowOfALargeScreen() {
        typeRoleAndCheck(1280, 800, false);
    }

    /** With the check panel beside the canvas the header is narrow: the role gets a row of its own. */
    @Test
    void aLongRoleIsReadableBesideTheCheckPanel() {
        typeRoleAndCheck(1177, 736, true);
    }

    /**
     * Session 16: under load, 3 s after a persona was first clicked, the role was drawn about 350 px tall and the
     * quadrants pushed down until the check panel had filled. The canvas editor is built at the first click, its role
     * area without a width yet. Every layout while the persona opens (the check panel open, notes shown) is looked
     * at: the role is never taller than its text needs once laid out. Without load this held on the start code too
     * (the tall pass was not reproduced here); {@code GrowingTextAreaUiTest} pins the cause found.
     */
    @Test
    void theRoleIsNeverTallerThanItsTextWhileAPersonaFirstOpens() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> {
            WindowSizes.place(robot.window(0), 0, 0, 1280, 800);
            ui.window.viewModel().sidePanelShownProperty().set(true);
            document().apply("test", null, wb -> wb.updatePersona("p-laura", p -> p.withRole(ROLE).withNotes("Rol: uit joost.pcanvas")));
        });
        List<Double> heights = new CopyOnWriteArrayList<>();
        Scene scene = robot.window(0).getScene();
        Runnable afterLayout = () -> robot.lookup("#canvas-role").tryQuery()
                .ifPresent(role -> heights.add(role.getLayoutBounds().getHeight()));
        robot.interact(() -> scene.addPostLayoutPulseListener(afterLayout));
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#canvas-role").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> scene.removePostLayoutPulseListener(afterLayout));
        double settled = robot.lookup("#canvas-role").query().getLayoutBounds().getHeight();
        assertThat(settled).as("the role in two or three lines").isLessThan(100);
        assertThat(heights).as("the role's height after each layout, settled at %s", settled)
                .allSatisfy(h -> assertThat(h).isLessThanOrEqualTo(settled + 1));
    }

    /** The window's size as the app opens it on a screen (92 % of a 1280 x 800 one, at most 1280 x 820). */
    private void typeRoleAndCheck(double width, double height, boolean sidePanel) {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> {
            ui.window.viewModel().sidePanelShownProperty().set(sidePanel);
            // From the screen's corner, so the widest window stays on the headless screen.
            WindowSizes.place(robot.window(0), 0, 0, width, height);
        });
        robot.clickOn("Laura");
        TextInputControl role = robot.lookup("#canvas-role").queryTextInputControl();
        // Enter, typed out of habit, does not break the sentence in two.
        robot.clickOn(role).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        TypedText.write(robot, ROLE).push(KeyCode.ENTER);
        UiFixture.waitForLayout();
        assertThat(document().workbook().persona("p-laura").orElseThrow().role()).isEqualTo(ROLE);

        assertWholeTextInSight(role);
        // And once the field is left, as the light read skin paints it.
        robot.clickOn("#canvas-name");
        UiFixture.waitForLayout();
        assertWholeTextInSight(role);

        robot.interact(() -> {
            Node name = robot.lookup("#canvas-name").query();
            Bounds nameBounds = name.localToScene(name.getLayoutBounds());
            Bounds roleBounds = role.localToScene(role.getLayoutBounds());
            assertThat(nameBounds.getWidth()).as("the name field keeps its width").isGreaterThan(120);
            assertThat(roleBounds.getMinX() > nameBounds.getMaxX() || roleBounds.getMinY() > nameBounds.getMaxY())
                    .as("the role right of the name or under it: %s, %s", nameBounds, roleBounds).isTrue();
            assertThat(roleBounds.getWidth()).as("the role a line of its own").isGreaterThan(300);
            Node quadrants = robot.lookup(".quadrant-grid").query();
            Bounds grid = quadrants.localToScene(quadrants.getLayoutBounds());
            Node authors = robot.lookup("#canvas-authors").query();
            Bounds authorsBounds = authors.localToScene(authors.getLayoutBounds());
            assertThat(roleBounds.getMaxY()).as("the role above the next row").isLessThanOrEqualTo(
                    robot.lookup("#canvas-activity").query().localToScene(
                            robot.lookup("#canvas-activity").query().getLayoutBounds()).getMinY());
            assertThat(authorsBounds.getMaxY()).as("the header above the quadrants").isLessThan(grid.getMinY());
        });
    }

    /** Every character of the role lies inside the control's visible area: nothing scrolled or cut off. */
    private void assertWholeTextInSight(TextInputControl role) {
        robot.interact(() -> {
            Text text = role.lookupAll(".text").stream()
                    .filter(n -> n instanceof Text t && ROLE.equals(t.getText()))
                    .map(Text.class::cast).findFirst().orElseThrow();
            Bounds visible = role.localToScene(role.getLayoutBounds());
            for (int i = 0; i < ROLE.length(); i++) {
                if (Character.isWhitespace(ROLE.charAt(i))) {
                    continue;
                }
                Bounds letter = LetterBounds.of(text, i);
                assertThat(visible.contains(letter)).as("'%s' at %d inside the role field %s: %s",
                        ROLE.charAt(i), i, visible, letter).isTrue();
            }
        });
    }
}
