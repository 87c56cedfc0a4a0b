package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.MoveTo;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import nl.personacanvas.ui.WindowSizes;
import org.junit.jupiter.api.Test;
import nl.personacanvas.ui.UiFixture;

/**
 * What a sticky note shows: long Dutch compounds whole on a line, every letter in sight and none under the note's
 * buttons, in the window's default size and at 1280 x 800.
 */
class CardLayoutUiTest extends MainWindowUiTest {
    private static final String LONG = "Schrijft mee aan het internationaliseringsbeleid en het uitwisselingsprogramma";

    private List<Entry> design() {
        return document().workbook().persona("p-laura").orElseThrow().canvas().entries(Quadrant.DESIGN);
    }

    /**
     * Types the long entry as a user does: Laura in the list, Toevoegen under Ontwerpen & Ontwikkelen. The side
     * panel is open, as the app opens it on a screen 1280 px wide or more (the headless screen is narrower): it
     * is what leaves each quadrant a quarter of the window.
     */
    private String typeLongEntry() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.clickOn("Laura");
        robot.clickOn("#add-design");
        TypedText.write(robot, LONG);
        UiFixture.waitForLayout();
        List<Entry> entries = design();
        assertThat(entries.get(entries.size() - 1).text()).isEqualTo(LONG);
        return entries.get(entries.size() - 1).id();
    }

    /** The text node the user reads in the note's text area. */
    private static Text shownText(Node area) {
        return area.lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && LONG.equals(t.getText()))
                .map(Text.class::cast).findFirst().orElseThrow();
    }

    /** The index of each character that starts a line after the first, read from where the text layout puts it. */
    private static List<Integer> lineStarts(Text text) {
        List<Integer> starts = new ArrayList<>();
        double lastY = caretTop(text, 0);
        for (int i = 1; i < text.getText().length(); i++) {
            double y = caretTop(text, i);
            if (y > lastY + 1) {
                starts.add(i);
            }
            lastY = y;
        }
        return starts;
    }

    private static double caretTop(Text text, int index) {
        return ((MoveTo) text.caretShape(index, true)[0]).getY();
    }

    private void assertReadable(String entryId) {
        robot.interact(() -> {
            Node area = EntryNodes.part(robot, entryId, "entry-text");
            Text text = shownText(area);
            List<Integer> starts = lineStarts(text);
            assertThat(starts).as("the long entry wraps").isNotEmpty();
            for (int start : starts) {
                char before = LONG.charAt(start - 1);
                char after = LONG.charAt(start);
                assertThat(Character.isLetter(before) && Character.isLetter(after))
                        .as("line break between '%s' and '%s' at %d", before, after, start).isFalse();
            }
            // Every letter lies inside the text area (nothing clipped) and outside the buttons shown beside it.
            Bounds areaBounds = area.localToScene(area.getLayoutBounds());
            List<Bounds> buttons = new ArrayList<>();
            for (String part : List.of("entry-links", "entry-note-toggle")) {
                Node button = EntryNodes.part(robot, entryId, part);
                assertThat(button.isVisible()).as(part + " in sight while the note is edited").isTrue();
                buttons.add(button.localToScene(button.getLayoutBounds()));
            }
            for (int i = 0; i < LONG.length(); i++) {
                if (Character.isWhitespace(LONG.charAt(i)) && starts.contains(i + 1)) {
                    // The space a line breaks at hangs past the wrapping width in JavaFX's text layout (as in a
                    // browser): nothing is drawn there. With DejaVu Sans 14 px "internationaliseringsbeleid" fills
                    // its line to 0.4 px and its space measured 536.6..539.1 against the area's 539.
                    continue;
                }
                Bounds letter = LetterBounds.of(text, i);
                assertThat(areaBounds.contains(letter)).as("letter %d inside the area", i).isTrue();
                for (Bounds button : buttons) {
                    assertThat(button.intersects(letter)).as("letter %d under a button", i).isFalse();
                }
            }
        });
    }

    @Test
    void tabReachesTheButtonsAndALongNoteWraps() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn(EntryNodes.part(robot, "e-l2", "entry-text")).push(KeyCode.TAB);
        UiFixture.waitForLayout();
        Node links = EntryNodes.part(robot, "e-l2", "entry-links");
        assertThat(links.isFocused()).as("Tab from the text goes to the link button").isTrue();
        assertThat(links.getAccessibleText()).isEqualTo("Koppelen aan de competentiematrix (Ctrl+L)");
        robot.push(KeyCode.TAB);
        UiFixture.waitForLayout();
        Node noteToggle = EntryNodes.part(robot, "e-l2", "entry-note-toggle");
        assertThat(noteToggle.isFocused()).as("then to the note button").isTrue();
        assertThat(noteToggle.getAccessibleText()).isEqualTo("Toelichting bij deze notitie");

        String note = "Via Teams, elke week op dinsdagmiddag, met de praktijkopleider erbij als dat kan";
        robot.push(KeyCode.SPACE);
        TypedText.write(robot, note);
        UiFixture.waitForLayout();
        Entry entry = document().workbook().persona("p-laura").orElseThrow().canvas().find("e-l2").orElseThrow();
        assertThat(entry.note()).isEqualTo(note);
        robot.interact(() -> {
            Node field = EntryNodes.part(robot, "e-l2", "entry-note");
            Text shown = field.lookupAll(".text").stream().filter(n -> n instanceof Text t && note.equals(t.getText()))
                    .map(Text.class::cast).findFirst().orElseThrow();
            assertThat(lineStarts(shown)).as("a long note wraps instead of running out of its field").isNotEmpty();
            Bounds fieldBounds = field.localToScene(field.getLayoutBounds());
            assertThat(fieldBounds.contains(LetterBounds.of(shown, note.length() - 1))).as("its last letter in sight").isTrue();
        });
    }

    /**
     * A click held down for a frame or two, as a hand makes it, on the note button of a note nobody is editing
     * opens its note. The press gives the buttons room, which under this long last line moves them; before, that
     * came before the release, which then missed the button (as the links button's, LinksUiTest).
     */
    @Test
    void aHeldClickOnTheNoteButtonOpensTheNote() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        EntryNodes.heldClick(robot, EntryNodes.part(robot, "e-l3", "entry-note-toggle"));
        waitUntil(() -> EntryNodes.part(robot, "e-l3", "entry-note") != null
                && EntryNodes.part(robot, "e-l3", "entry-note").isFocused());
    }

    /**
     * The quadrants' titles are shown whole with the side panel open, at the window's default size and at 1280 px:
     * "Organiseren & Communiceren" was cut to "Organiseren & Communi…" (the app's window on a 1600 x 1000 screen).
     */
    /**
     * The window cannot be made smaller than a layout that works: shrunk as far as it goes, the window's content
     * fits it (at 640 px it was cut off at the left edge) and all four quadrant titles are in sight.
     */
    @Test
    void theWindowCannotBeShrunkIntoABrokenLayout() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(false));
        robot.clickOn("Laura");
        robot.interact(() -> {
            Window window = robot.listWindows().get(0);
            window.setX(0);
            window.setY(0);
            window.setWidth(320);
            window.setHeight(240);
        });
        UiFixture.waitForLayout();
        robot.interact(() -> {
            javafx.scene.Scene scene = robot.listWindows().get(0).getScene();
            assertThat(scene.getWidth()).isGreaterThanOrEqualTo(760);
            assertThat(scene.getHeight()).isGreaterThanOrEqualTo(480 - 40);
            javafx.scene.Parent root = scene.getRoot();
            assertThat(root.minWidth(-1)).as("the content's own minimum").isLessThanOrEqualTo(scene.getWidth());
            List<javafx.scene.control.Label> titles = robot.lookup(".quadrant-title")
                    .queryAllAs(javafx.scene.control.Label.class).stream().toList();
            assertThat(titles).hasSize(4);
            for (javafx.scene.control.Label title : titles) {
                Bounds b = title.localToScene(title.getLayoutBounds());
                assertThat(b.getMinX()).as("'%s' left edge", title.getText()).isGreaterThanOrEqualTo(0);
                assertThat(b.getMaxX()).as("'%s' right edge", title.getText()).isLessThanOrEqualTo(scene.getWidth());
            }
        });
    }

    @Test
    void quadrantTitlesShowWholeWithTheSidePanelOpen() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.clickOn("Laura");
        for (double width : new double[] {0, 1280}) {
            if (width > 0) {
                robot.interact(() -> {
                    Window window = robot.listWindows().get(0);
                    WindowSizes.place(window, 0, window.getY(), width, window.getHeight());
                });
            }
            UiFixture.waitForLayout();
            robot.interact(() -> {
                List<javafx.scene.control.Label> titles = robot.lookup(".quadrant-title")
                        .queryAllAs(javafx.scene.control.Label.class).stream().toList();
                assertThat(titles).extracting(javafx.scene.control.Label::getText)
                        .contains("Organiseren & Communiceren");
                for (javafx.scene.control.Label title : titles) {
                    String drawn = title.lookupAll(".text").stream().filter(Text.class::isInstance)
                            .map(n -> ((Text) n).getText()).findFirst().orElse("");
                    assertThat(drawn).as("'%s' at a window %s px wide", title.getText(),
                            title.getScene().getWidth()).isEqualTo(title.getText());
                    Bounds bounds = title.localToScene(title.getLayoutBounds());
                    Node quadrant = title.getParent();
                    assertThat(quadrant.localToScene(quadrant.getLayoutBounds()).contains(bounds))
                            .as("'%s' inside its quadrant", title.getText()).isTrue();
                }
            });
        }
    }

    @Test
    void longCompoundsStayWholeAtTheDefaultSize() {
        String id = typeLongEntry();
        assertReadable(id);
    }

    @Test
    void longCompoundsStayWholeAt1280By800() {
        robot.interact(() -> {
            Window window = robot.listWindows().get(0);
            // The headless screen is 1280 x 800: the whole window on it.
            WindowSizes.place(window, 0, 0, 1280, 800);
        });
        String id = typeLongEntry();
        assertReadable(id);
        // Editing goes on as before: Enter adds the next note, whose text lands in the workbook.
        robot.push(KeyCode.END).push(KeyCode.ENTER);
        TypedText.write(robot, "Kort");
        UiFixture.waitForLayout();
        List<Entry> entries = design();
        assertThat(entries.get(entries.size() - 1).text()).isEqualTo("Kort");
        TextArea area = (TextArea) EntryNodes.part(robot, id, "entry-text");
        assertThat(area.getText()).isEqualTo(LONG);
    }
}
