package nl.personacanvas.ui.check;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The checker in the real window: badges while typing, one-click move and undo, sorting loose statements. */
class CheckUiTest extends MainWindowUiTest {
    private static final String OTHER_PERSON = "International office regelt het visum";
    private static final String ATTITUDE = "Is flexibel en staat open voor andere culturen";

    private Persona laura() {
        return document().workbook().persona("p-laura").orElseThrow();
    }

    private Optional<Entry> entryWithText(String text) {
        return laura().canvas().allEntries().filter(e -> e.text().equals(text)).findFirst();
    }

    /** The badge of that kind shown on the note of {@code entryId}, if any. */
    private static Optional<Node> badge(FxRobot robot, String styleClass, String entryId) {
        return robot.lookup("." + styleClass)
                .match((Node n) -> n.isVisible() && entryId.equals(n.getProperties().get(EntryBadges.ENTRY_ID)))
                .tryQuery();
    }

    private void showLaura(FxRobot robot) {
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set("p-laura"));
        UiFixture.waitForLayout();
    }

    @Test
    void typedEntriesGetBadgesAndAMisplacedOneMovesWithOneClickAndUndoes() {
        showLaura(robot);
        robot.clickOn("#add-design");
        TypedText.write(robot, OTHER_PERSON);
        waitUntil(() -> entryWithText(OTHER_PERSON).isPresent());
        String other = entryWithText(OTHER_PERSON).orElseThrow().id();
        waitUntil(() -> badge(robot, "badge-other-person", other).isPresent());
        Node badge = badge(robot, "badge-other-person", other).orElseThrow();
        assertThat(badge.getAccessibleText()).contains("Taak van een ander");

        // In the top row, so the badge is in sight of the robot without scrolling the canvas.
        robot.clickOn("#add-design");
        TypedText.write(robot, ATTITUDE);
        waitUntil(() -> entryWithText(ATTITUDE).isPresent());
        String attitude = entryWithText(ATTITUDE).orElseThrow().id();
        assertThat(laura().canvas().quadrantOf(attitude)).contains(Quadrant.DESIGN);
        waitUntil(() -> badge(robot, "badge-misplaced", attitude).isPresent());

        robot.clickOn(badge(robot, "badge-misplaced", attitude).orElseThrow());
        waitUntil(() -> laura().canvas().quadrantOf(attitude).equals(Optional.of(Quadrant.ATTITUDE)));
        waitUntil(() -> badge(robot, "badge-misplaced", attitude).isEmpty());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> laura().canvas().quadrantOf(attitude).equals(Optional.of(Quadrant.DESIGN)));
        assertThat(laura().canvas().find(attitude).map(Entry::text)).contains(ATTITUDE);
    }

    /**
     * Keyboard only: Tab reaches the misplaced badge after the note's own buttons, Space moves the note, and the caret
     * goes with it, so typing goes on in the note in its new quadrant. The badge was no Tab stop, and a click on it
     * left the keyboard on the old quadrant's Toevoegen button, where the next words went nowhere.
     */
    @Test
    void theMisplacedBadgeIsReachedWithTabAndTheCaretFollowsTheMovedNote() {
        showLaura(robot);
        robot.clickOn("#add-design");
        TypedText.write(robot, ATTITUDE);
        waitUntil(() -> entryWithText(ATTITUDE).isPresent());
        String attitude = entryWithText(ATTITUDE).orElseThrow().id();
        waitUntil(() -> badge(robot, "badge-misplaced", attitude).isPresent());
        Node misplaced = badge(robot, "badge-misplaced", attitude).orElseThrow();

        for (int tabs = 0; tabs < 4 && misplaced.getScene().getFocusOwner() != misplaced; tabs++) {
            robot.push(KeyCode.TAB);
        }
        assertThat(misplaced.getScene().getFocusOwner()).as("Tab from the text, past the link and note buttons")
                .isSameAs(misplaced);
        robot.push(KeyCode.SPACE);

        waitUntil(() -> laura().canvas().quadrantOf(attitude).equals(Optional.of(Quadrant.ATTITUDE)));
        waitUntil(() -> misplaced.getScene().getFocusOwner() instanceof TextArea area && ATTITUDE.equals(area.getText()));
        TypedText.write(robot, " en nieuwsgierig");
        waitUntil(() -> laura().canvas().find(attitude).map(Entry::text).orElse("").endsWith("nieuwsgierig"));
        assertThat(laura().canvas().quadrantOf(attitude)).contains(Quadrant.ATTITUDE);
    }

    /**
     * The overlap badge of a note at the top, reached with Tab and chosen with Space, lights up its twin at the
     * bottom of the canvas and scrolls it into sight. It lit up a note out of sight, so nothing seemed to happen.
     */
    @Test
    void theOverlapBadgeChosenWithTheKeyboardScrollsTheTwinIntoSight() {
        String twice = "Ontwerpt uitwisselingsprojecten met partnerscholen in Duitsland";
        // The sample is read in the background: under load the set-up could otherwise run on the empty workbook.
        waitUntil(() -> document().workbook().persona("p-laura").isPresent());
        robot.interact(() -> document().apply("setup", null, wb -> wb.updatePersona("p-laura", p -> {
            Canvas c = p.canvas().insert(Quadrant.DESIGN, 0, new Entry("e-top", twice, List.of(), ""))
                    .insert(Quadrant.ATTITUDE, p.canvas().entries(Quadrant.ATTITUDE).size(),
                            new Entry("e-bottom", twice, List.of(), ""));
            for (int i = 0; i < 12; i++) {
                c = c.insert(Quadrant.DELIVER, 0, new Entry("e-fill" + i, "Regelt de reis van groep " + i, List.of(), ""));
            }
            return p.withCanvas(c);
        })));
        showLaura(robot);
        waitUntil(() -> badge(robot, "badge-overlap", "e-top").isPresent());
        ScrollPane canvas = robot.lookup("#canvas-view").queryAs(ScrollPane.class);
        robot.interact(() -> canvas.setVvalue(canvas.getVmin()));
        Node twin = entryNode("e-bottom");
        UiFixture.waitForLayout();
        assertThat(inSight(canvas, twin)).as("the twin starts out of sight").isFalse();

        Node overlap = badge(robot, "badge-overlap", "e-top").orElseThrow();
        robot.clickOn(entryNode("e-top").lookup(".entry-text"));
        for (int tabs = 0; tabs < 6 && overlap.getScene().getFocusOwner() != overlap; tabs++) {
            robot.push(KeyCode.TAB);
        }
        assertThat(overlap.getScene().getFocusOwner()).isSameAs(overlap);
        robot.push(KeyCode.SPACE);
        UiFixture.waitForLayout();

        assertThat(twin.getPseudoClassStates()).extracting(Object::toString).contains("twin");
        assertThat(inSight(canvas, twin)).as("the twin scrolled into sight").isTrue();
    }

    private Node entryNode(String entryId) {
        return robot.lookup(".entry").match((Node n) -> entryId.equals(n.getProperties().get("entryId"))).query();
    }

    private static boolean inSight(ScrollPane pane, Node node) {
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds shown = node.localToScene(node.getLayoutBounds());
        return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
    }

    /** The "te algemeen" part of the summary line: "geen te algemeen", "2 te algemeen". */
    private static String tooGeneralPart(Label summary) {
        Matcher m = Pattern.compile("[^,]* te algemeen").matcher(summary.getText());
        return m.find() ? m.group().strip() : "";
    }

    /**
     * A note just added is empty until the user types: it gets no badge and does not count in the summary. It got
     * "Te algemeen" and the summary counted it ("2 te algemeen") until something was typed.
     */
    @Test
    void anEmptyNewNoteGetsNoBadgeAndDoesNotCountInTheSummary() {
        showLaura(robot);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#check-summary").tryQuery().isPresent());
        Label summary = robot.lookup("#check-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().contains("te algemeen"));
        String before = tooGeneralPart(summary);
        int entries = (int) laura().canvas().allEntries().count();

        robot.clickOn("#add-design");
        waitUntil(() -> laura().canvas().allEntries().count() == entries + 1);
        String empty = entryWithText("").orElseThrow().id();
        // A second note with text: once its badge shows, the check that saw the empty note is on screen.
        robot.clickOn("#add-design");
        TypedText.write(robot, OTHER_PERSON);
        waitUntil(() -> entryWithText(OTHER_PERSON).isPresent());
        String other = entryWithText(OTHER_PERSON).orElseThrow().id();
        waitUntil(() -> badge(robot, "badge-other-person", other).isPresent());
        UiFixture.waitForLayout();

        assertThat(entryWithText("")).map(Entry::id).contains(empty);
        assertThat(robot.lookup(".badge").match((Node n) -> n.isVisible()
                && empty.equals(n.getProperties().get(EntryBadges.ENTRY_ID))).tryQuery()).isEmpty();
        assertThat(tooGeneralPart(summary)).isEqualTo(before);
    }

    /** Each quadrant's figure ("2 van 4") sits level with its bar; it sat some 4 px below the bar's middle. */
    @Test
    void theCoverageFiguresAreLevelWithTheirBars() {
        showLaura(robot);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        waitUntil(() -> robot.lookup("#coverage-figure-design").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            for (Quadrant q : Quadrant.values()) {
                Node bar = robot.lookup("#coverage-bar-" + q.key()).query();
                Node figure = robot.lookup("#coverage-figure-" + q.key()).query();
                double barMiddle = bar.localToScene(bar.getLayoutBounds()).getCenterY();
                double figureMiddle = figure.localToScene(figure.getLayoutBounds()).getCenterY();
                assertThat(figureMiddle).as(q.key()).isCloseTo(barMiddle, org.assertj.core.api.Assertions.within(1.5));
            }
        });
    }

    @Test
    void sortsThreePastedStatementsIntoTheirQuadrants() {
        showLaura(robot);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        TextArea input = robot.lookup("#sort-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText("""
                Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland
                Kan internationale relaties opbouwen, onderhouden en inzetten
                Heeft een lerende houding"""));
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryTableView().getItems().size() == 3);
        robot.clickOn("#sort-accept");

        waitUntil(() -> entryWithText("Heeft een lerende houding").isPresent());
        assertThat(laura().canvas().entries(Quadrant.DELIVER)).extracting(Entry::text)
                .endsWith("Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland");
        assertThat(laura().canvas().entries(Quadrant.ORGANISE)).extracting(Entry::text)
                .endsWith("Kan internationale relaties opbouwen, onderhouden en inzetten");
        assertThat(laura().canvas().entries(Quadrant.ATTITUDE)).extracting(Entry::text)
                .endsWith("Heeft een lerende houding");
        // Houding's new note is often below the fold: the window says what was added where.
        waitUntil(() -> "3 stellingen toegevoegd aan Laura".equals(ui.window.viewModel().status().text()));
        robot.interact(() -> document().undo());
        assertThat(entryWithText("Heeft een lerende houding")).isEmpty();
        assertThat(entryWithText("Kan internationale relaties opbouwen, onderhouden en inzetten")).isEmpty();
    }

    /**
     * "Bestand openen…" in the sort dialog starts beside the open workbook, where a panel keeps its sticky-note lists,
     * and reads the chosen file into the statements field. It opened in GTK's "Recent" list (no folder given).
     */
    @Test
    void theStatementsChooserStartsBesideTheWorkbookAndReadsTheFile() throws IOException {
        Path notes = Files.writeString(folder.resolve("stickers.txt"),
                "Zoekt een stagebedrijf in Gent\nHeeft een lerende houding\n");
        ui.dialogs.statementFiles.add(notes);
        showLaura(robot);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-open").tryQuery().isPresent());
        robot.clickOn("#sort-open");

        waitUntil(() -> robot.lookup("#sort-input").queryAs(TextArea.class).getText().contains("Gent"));
        assertThat(ui.dialogs.statementFolders).containsExactly(Optional.of(twente().toAbsolutePath().getParent()));
        robot.interact(() -> robot.lookup("#sort-input").query().getScene().getWindow().hide());
    }

    /**
     * The sort dialog opens with the keyboard in its statements field: typed (or pasted) statements land there
     * without a click. The keyboard was on Annuleren, and Ctrl+V did nothing.
     */
    @Test
    void theSortDialogTakesTypedStatementsWithoutAClick() {
        showLaura(robot);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        TextArea input = robot.lookup("#sort-input").queryAs(TextArea.class);
        waitUntil(input::isFocused);
        // The dialog took the keyboard as it opened; given to it again, as a headless key goes to the window Monocle
        // last focused, which a window closing late elsewhere can change (UiFixture.keyboardTo).
        UiFixture.keyboardTo(robot, input);
        TypedText.write(robot, "Heeft een lerende houding");
        assertThat(input.getText()).isEqualTo("Heeft een lerende houding");
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryTableView().getItems().size() == 1);
        robot.clickOn("#sort-accept");
        waitUntil(() -> entryWithText("Heeft een lerende houding").isPresent());
        assertThat(laura().canvas().entries(Quadrant.ATTITUDE)).extracting(Entry::text)
                .endsWith("Heeft een lerende houding");
    }

    /** Session 12, English pass: the sort dialog's certainty reads "90% sure" (it read "90 % sure"). */
    @Test
    void theSortDialogSaysHowSureInEnglish() {
        showLaura(robot);
        robot.interact(() -> ui.window.switchLanguage(java.util.Locale.ENGLISH));
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        TextArea input = robot.lookup("#sort-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText("Is curious about other cultures"));
        robot.clickOn("#sort-run");
        waitUntil(() -> robot.lookup("#sort-table").queryTableView().getItems().size() == 1);
        UiFixture.waitForLayout();
        assertThat(robot.lookup("#sort-table .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null && t.contains("sure")))
                .singleElement().asString().matches("\\d{1,3}% sure");
        // Closed by its window, not by a key: a key goes to whichever window Monocle last focused, and a dialog
        // left open here was found by the next test's look-ups.
        robot.interact(() -> input.getScene().getWindow().hide());
    }

    /**
     * After Voorstel maken the keyboard is in the proposal's table; Escape there closes the dialog and adds nothing,
     * as it does everywhere else in it. The table kept Escape for itself and the dialog stayed open.
     */
    @Test
    void escapeInTheProposalClosesTheSortDialogAndAddsNothing() {
        showLaura(robot);
        robot.interact(() -> ui.window.viewModel().sidePanelShownProperty().set(true));
        int before = laura().canvas().size();
        robot.clickOn("#check-sort");
        waitUntil(() -> robot.lookup("#sort-input").tryQuery().isPresent());
        TextArea input = robot.lookup("#sort-input").queryAs(TextArea.class);
        robot.interact(() -> input.setText("Is nieuwsgierig naar andere culturen\nBespreekt cultuurverschillen met de student"));
        // Keys go to the window Monocle last focused, not to the one a test clicked or TestFX targets.
        UiFixture.keyboardTo(robot, input);
        robot.press(KeyCode.ALT).press(KeyCode.V).release(KeyCode.V).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#sort-table").queryTableView().getItems().size() == 2);
        Node table = robot.lookup("#sort-table").query();
        javafx.stage.Window dialog = table.getScene().getWindow();
        // The proposal takes the keyboard; in a long headless run the dialog's window may not hold the focus itself,
        // so the dialog and its table are given it again (what is tested is Escape there, not the focus hand-over).
        UiFixture.pressIn(robot, dialog, table, KeyCode.ESCAPE, () -> !dialog.isShowing());

        assertThat(laura().canvas().size()).isEqualTo(before);
    }
}
