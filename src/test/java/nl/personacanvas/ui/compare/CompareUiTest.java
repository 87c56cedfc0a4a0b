package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import nl.personacanvas.ui.UiFixture;

/** Issue 6: three personas of the Alfa-college sample side by side. */
class CompareUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    /** Opens the choice of personas to compare with Ctrl+Shift+C; its check boxes in order. */
    private List<CheckBox> openChooser() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        return robot.lookup("#compare-choose-list .check-box").queryAllAs(CheckBox.class).stream().toList();
    }

    private Node open(FxRobot robot) {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<String> ids = List.of(personaId("Laura"), personaId("Joost"), personaId("Fatima"));
        robot.interact(() -> ui.window.comparison().open(ids));
        return comparisonShown();
    }

    /** The comparison window, once its comparison (computed in the background) is in the grid. */
    private Node comparisonShown() {
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        Node root = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> root.lookup("#compare-cell-0-design") != null);
        return root;
    }

    private static Bounds bounds(Node root, String id) {
        Node node = root.lookup("#" + id);
        assertThat(node).as(id).isNotNull();
        return node.localToScene(node.getBoundsInLocal());
    }

    /**
     * Ctrl+Shift+C, Space on a persona, Tab, Space on the next, Enter: the comparison opens. Enter used to tick the
     * focused box off again and leave the dialog open (JavaFX fires a focused check box on Enter).
     */
    @Test
    void personasAreChosenAndComparedWithTheKeyboard() {
        List<CheckBox> boxes = openChooser();
        robot.interact(() -> boxes.get(0).requestFocus());

        robot.push(KeyCode.SPACE).push(KeyCode.TAB).push(KeyCode.SPACE);
        assertThat(boxes.get(1).isFocused()).isTrue();
        robot.push(KeyCode.ENTER);

        Node root = comparisonShown();
        assertThat(root.lookup("#compare-persona-1")).isNotNull();
        assertThat(root.lookup("#compare-persona-2")).isNull();
        assertThat(robot.lookup("#compare-choose-list").tryQuery()).isEmpty();
        assertThat(ui.dialogs.errors).isEmpty();
    }

    /**
     * The chooser opens with the keyboard on the first persona and keeps OK off until two are ticked. The keyboard
     * started on OK: Space, meant to tick the first persona, pressed OK, and the dialog closed with "Kies 2 tot 6
     * persona's" and every tick gone.
     */
    @Test
    void theChooserStartsOnTheFirstPersonaAndWaitsForTwo() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 2);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C);
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        List<CheckBox> boxes = robot.lookup("#compare-choose-list .check-box").queryAllAs(CheckBox.class).stream()
                .toList();
        javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) boxes.get(0).getScene().getRoot();
        Node ok = pane.lookupButton(javafx.scene.control.ButtonType.OK);
        waitUntil(() -> boxes.get(0).isFocused());
        assertThat(ok.isDisabled()).as("nothing ticked yet").isTrue();

        robot.push(KeyCode.SPACE);
        assertThat(boxes.get(0).isSelected()).isTrue();
        assertThat(ok.isDisabled()).as("one ticked").isTrue();
        assertThat(robot.lookup("#compare-choose-list").tryQuery()).isPresent();
        robot.push(KeyCode.TAB).push(KeyCode.SPACE);
        assertThat(ok.isDisabled()).as("two ticked").isFalse();
        robot.push(KeyCode.ENTER);

        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        assertThat(ui.dialogs.errors).isEmpty();
    }

    /**
     * A box reached with Tab shows a ring outside it, ticked or not, in the theme's focus colour (the colour a ticked
     * box is filled with); the theme's own style marked a focused box hardly at all once ticked.
     */
    @Test
    void aFocusedBoxShowsARingTickedOrNot() throws Exception {
        List<CheckBox> boxes = openChooser();
        robot.interact(() -> boxes.get(0).requestFocus());
        robot.push(KeyCode.SPACE);
        List<BackgroundFill> focusedTicked = fillsOf(boxes.get(0));

        robot.push(KeyCode.TAB);
        List<BackgroundFill> ticked = fillsOf(boxes.get(0));
        List<BackgroundFill> focusedEmpty = fillsOf(boxes.get(1));

        assertThat(boxes.get(1).isFocused()).isTrue();
        assertThat(ticked).as("ticked, not focused: the theme's box").hasSize(2);
        Paint accent = ticked.get(1).getFill();
        assertThat(focusedTicked).hasSize(4);
        assertThat(focusedTicked.get(0).getFill()).as("the ring").isEqualTo(accent);
        assertThat(focusedTicked.get(0).getInsets().getTop()).as("outside the box").isNegative();
        assertThat(focusedTicked.get(1).getFill()).as("the gap").isNotEqualTo(accent);
        assertThat(focusedTicked.get(3).getFill()).as("the ticked box").isEqualTo(accent);
        assertThat(focusedEmpty).hasSize(4);
        assertThat(focusedEmpty.get(0).getFill()).as("the ring round an empty box").isEqualTo(accent);
        assertThat(focusedEmpty.get(3).getFill()).as("the empty box").isNotEqualTo(accent);
        robot.push(KeyCode.ESCAPE);
    }

    /** The layers the box of a check box is painted with, read on the FX thread. */
    private static List<BackgroundFill> fillsOf(CheckBox box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            box.applyCss();
            return ((Region) box.lookup(".box")).getBackground().getFills();
        }).get();
    }

    /**
     * Neither window can be shrunk past a layout that works: the comparison keeps two persona columns whole side
     * by side, the coverage window the heat map's first rows; both could be made as small as the system allowed.
     */
    @Test
    void theComparisonAndCoverageWindowsKeepAUsableMinimumSize() {
        Node root = open(robot);
        Stage compare = ui.window.comparison().shown();
        robot.interact(() -> {
            compare.setWidth(240);
            compare.setHeight(180);
        });
        UiFixture.waitForLayout();
        robot.interact(() -> {
            assertThat(root.getScene().getWidth()).isGreaterThanOrEqualTo(580);
            assertThat(root.getScene().getHeight()).isGreaterThanOrEqualTo(400 - 40);
            assertThat(bounds(root, "compare-persona-0").getMinX()).isGreaterThanOrEqualTo(0);
            assertThat(bounds(root, "compare-persona-1").getMaxX()).as("the second column whole")
                    .isLessThanOrEqualTo(root.getScene().getWidth());
        });
        robot.interact(compare::close);

        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != compare && ui.window.comparison().shown().isShowing());
        Stage coverage = ui.window.comparison().shown();
        robot.interact(() -> {
            coverage.setWidth(240);
            coverage.setHeight(180);
        });
        UiFixture.waitForLayout();
        assertThat(coverage.getScene().getWidth()).isGreaterThanOrEqualTo(640);
        assertThat(coverage.getScene().getHeight()).isGreaterThanOrEqualTo(420 - 40);
    }

    /** Escape closes the comparison and the coverage window, as it closes the print preview; in an edit, only the edit. */
    @Test
    void escapeEndsAnEditFirstAndThenClosesTheWindow() {
        Node root = open(robot);
        Stage compare = ui.window.comparison().shown();
        String entryId = persona("Laura").canvas()
                .entries(Quadrant.DELIVER).get(0).id();
        String before = text(entryId);
        UiFixture.doubleClickUntil(robot, "#compare-entry-" + entryId, () -> root.lookup("#compare-edit") != null);
        robot.write("x").push(KeyCode.ESCAPE);

        waitUntil(() -> root.lookup("#compare-edit") == null);
        assertThat(compare.isShowing()).isTrue();
        assertThat(text(entryId)).isEqualTo(before);
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !compare.isShowing());

        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != compare && ui.window.comparison().shown().isShowing());
        Stage coverage = ui.window.comparison().shown();
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !coverage.isShowing());
    }

    @Test
    void quadrantsAreAlignedAndDifferencesMarked() {
        Node root = open(robot);

        assertThat(((Label) root.lookup("#compare-persona-0")).getText()).startsWith("Laura");
        assertThat(((Label) root.lookup("#compare-persona-2")).getText()).startsWith("Fatima");
        for (Quadrant q : Quadrant.values()) {
            String suffix = q.name().toLowerCase();
            double top = bounds(root, "compare-cell-0-" + suffix).getMinY();
            assertThat(bounds(root, "compare-cell-1-" + suffix).getMinY()).as(suffix).isEqualTo(top);
            assertThat(bounds(root, "compare-cell-2-" + suffix).getMinY()).as(suffix).isEqualTo(top);
        }
        List<Label> marks = root.lookupAll(".compare-missing").stream().map(n -> (Label) n).toList();
        assertThat(marks).isNotEmpty().allMatch(Node::isVisible);
        assertThat(marks.get(0).getText()).startsWith("Ontbreekt hier, wel bij een ander: ")
                .containsPattern("(Ontwerpen|Uitvoeren|Organiseren) \\d \\(\\p{Lu}");
        assertThat(root.lookupAll(".compare-twin-tag")).isNotEmpty();
        assertWordsNotIds(root);
    }

    /**
     * Session 12: the matrix's ids ("A4.design.2*", "Ontbreekt hier, wel bij een ander: A4.design.1") are read as
     * words: "Ontwerpen 2*", the element's words in the tooltip; in English "Design 2*".
     */
    @Test
    void matrixElementsAreNamedInWordsInBothLanguages() {
        Node root = open(robot);
        List<Label> items = root.lookupAll(".compare-item").stream().map(n -> (Label) n).toList();
        assertThat(items).isNotEmpty().allSatisfy(l -> {
            // Laura and Joost are of A4, Fatima of A2: an activity's element says which (session 22, ux22b).
            assertThat(l.getText()).matches("(A\\d )?(Ontwerpen|Uitvoeren|Organiseren|Professioneel) \\d+\\*?|\\p{L}[\\p{L} -]*\\*?");
            assertThat(l.getTooltip().getText()).doesNotContain("A4.").contains(l.getText().replace("*", ""));
        });
        assertThat(items).anySatisfy(l -> assertThat(l.getTooltip().getText()).matches("(?s)(A\\d )?\\p{L}+ \\d+ \\(.+\\).*"));
        assertWordsNotIds(root);
        robot.push(KeyCode.ESCAPE);

        robot.interact(() -> ui.window.switchLanguage(java.util.Locale.ENGLISH));
        Node english = open(robot);
        assertThat(english.lookupAll(".compare-item").stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.matches("(A\\d )?(Design|Deliver|Organise) \\d+\\*?"))
                .noneMatch(t -> t.matches("(Ontwerpen|Uitvoeren|Organiseren) .*"));
        assertThat(english.lookupAll(".compare-missing").stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.matches("(?s)Missing here, covered by another: (A\\d )?(Design|Deliver|Organise) \\d \\(.*"));
        assertWordsNotIds(english);
    }

    /**
     * Session 13 gave the comparison PDF a key; the window had none (the tooltips alone gave an element's words).
     * Under the rows the window now says what the marks mean and what every element it names is, in the words of
     * the PDF's key (one source, {@link nl.personacanvas.merge.ComparisonKeyText}), in Dutch and in English.
     */
    @Test
    void theWindowHasTheKeyOfThePdfInBothLanguages() {
        for (java.util.Locale language : List.of(java.util.Locale.forLanguageTag("nl"), java.util.Locale.ENGLISH)) {
            robot.interact(() -> ui.window.switchLanguage(language));
            Node root = open(robot);
            nl.personacanvas.merge.MergeText pdfsWords = new nl.personacanvas.merge.MergeText(language);
            assertThat(((Label) root.lookup("#compare-key-heading")).getText()).as("%s", language)
                    .isEqualTo(language.getLanguage().equals("en") ? "Key" : "Sleutel");
            assertThat(((Label) root.lookup("#compare-key-marks")).getText()).isEqualTo(pdfsWords.get("compare.key.marks"))
                    .contains("*");
            List<String> lines = root.lookupAll(".compare-key-item").stream().map(n -> ((Label) n).getText()).toList();
            assertThat(lines).isNotEmpty().doesNotHaveDuplicates();
            // Every element named under an entry has its line in the key: "Ontwerpen 2*" -> "Ontwerpen 2: …".
            List<String> named = root.lookupAll(".compare-item").stream().map(n -> ((Label) n).getText())
                    .map(t -> t.replace("*", "")).filter(t -> t.matches("(A\\d )?\\p{L}+ \\d+")).distinct().toList();
            assertThat(named).isNotEmpty().allSatisfy(name ->
                    assertThat(lines).anyMatch(line -> line.startsWith(name + ": ") || line.contains(" " + name + ": ")));
            assertThat(lines).allSatisfy(line -> assertThat(line).matches(language.getLanguage().equals("en")
                    ? "(A\\d )?(Design|Deliver|Organise|Professional) \\d+: .+"
                    : "(A\\d )?(Ontwerpen|Uitvoeren|Organiseren|Professioneel) \\d+: .+"));
            robot.push(KeyCode.ESCAPE);
        }
    }

    /** No drawn text in the window shows an element id such as "A4.design.2" or "H.1". */
    private static void assertWordsNotIds(Node root) {
        assertThat(root.lookupAll(".label").stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()))
                .noneMatch(t -> t != null && t.matches("(?s).*\\b(A\\d|P|H)\\.(\\w+\\.)?\\d.*"));
    }

    @Test
    void filtersOnAQuadrantAndEditsInPlaceWithUndo() {
        Node root = open(robot);
        CompareView view = (CompareView) root;
        robot.interact(() -> ((javafx.scene.control.ComboBox<?>) root.lookup("#compare-filter"))
                .getSelectionModel().select(2));
        assertThat(root.lookup("#compare-cell-0-design")).isNull();
        assertThat(root.lookup("#compare-cell-0-deliver")).isNotNull();

        Persona laura = persona("Laura");
        String entryId = laura.canvas().entries(Quadrant.DELIVER).get(0).id();
        UiFixture.doubleClickUntil(robot, "#compare-entry-" + entryId, () -> root.lookup("#compare-edit") != null);
        robot.interact(() -> ((javafx.scene.control.TextInputControl) root.lookup("#compare-edit")).setText("Belt elke week met de student"));
        robot.clickOn("#compare-edit").type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> text(entryId).equals("Belt elke week met de student"));
        waitUntil(() -> view.lookupAll(".compare-entry-text").stream()
                .anyMatch(n -> ((Label) n).getText().equals("Belt elke week met de student")));
        robot.interact(() -> ui.window.viewModel().undo());
        waitUntil(() -> !text(entryId).equals("Belt elke week met de student"));
    }

    /**
     * Session 19 (a team's review): the edit in place showed a longer note's first words in a one-line field, the caret
     * before them. Now it wraps over the card's width, the whole note in sight, the caret at its end.
     */
    @Test
    void anEntryIsEditedInPlaceWholeWithTheCaretAtItsEnd() {
        Node root = open(robot);
        String entryId = persona("Laura").canvas().entries(Quadrant.DESIGN).stream()
                .max(java.util.Comparator.comparingInt(e -> e.text().length())).orElseThrow().id();
        String before = text(entryId);
        Label shown = (Label) root.lookup("#compare-entry-" + entryId).lookup(".compare-entry-text");
        double shownHeight = shown.getHeight();
        UiFixture.doubleClickUntil(robot, "#compare-entry-" + entryId, () -> root.lookup("#compare-edit") != null);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            javafx.scene.control.TextInputControl field = (javafx.scene.control.TextInputControl) root.lookup("#compare-edit");
            assertThat(shownHeight).as("the note wraps in its card").isGreaterThan(2 * shown.getFont().getSize());
            assertThat(field).isInstanceOf(javafx.scene.control.TextArea.class);
            assertThat(((javafx.scene.control.TextArea) field).isWrapText()).isTrue();
            assertThat(field.getHeight()).as("the edit as tall as the note's lines").isGreaterThanOrEqualTo(shownHeight);
            assertThat(field.getCaretPosition()).as("the caret at the end").isEqualTo(before.length());
        });
        robot.write(" ook");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> text(entryId).equals(before + " ook"));
    }

    /** As on the canvas, an entry that starts in Arabic reads from the right: it is drawn against the card's right edge. */
    @Test
    void anArabicEntryIsAlignedRightInItsCard() {
        String arabic = "\u064A\u0633\u0627\u0639\u062F \u0627\u0644\u0637\u0644\u0627\u0628 \uD83C\uDF0D";
        Node root = open(robot);
        Persona laura = persona("Laura");
        String entryId = laura.canvas().entries(Quadrant.DELIVER).get(0).id();
        UiFixture.doubleClickUntil(robot, "#compare-entry-" + entryId, () -> root.lookup("#compare-edit") != null);
        robot.interact(() -> ((javafx.scene.control.TextInputControl) root.lookup("#compare-edit")).setText(arabic));
        robot.clickOn("#compare-edit").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> text(entryId).equals(arabic));

        Node shown = ui.window.comparison().shown().getScene().getRoot();
        waitUntil(() -> shown.lookup("#compare-entry-" + entryId) != null
                && ((Label) shown.lookup("#compare-entry-" + entryId).lookup(".compare-entry-text")).getText().equals(arabic));
        robot.interact(() -> {
            Node card = shown.lookup("#compare-entry-" + entryId);
            Label label = (Label) card.lookup(".compare-entry-text");
            Node drawn = label.lookup(".text");
            double cardRight = card.localToScene(card.getLayoutBounds()).getMaxX();
            double cardLeft = card.localToScene(card.getLayoutBounds()).getMinX();
            Bounds text = drawn.localToScene(drawn.getLayoutBounds());
            assertThat(label.getEffectiveNodeOrientation()).isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            assertThat(cardRight - text.getMaxX()).as("room right of the text").isLessThan(16);
            assertThat(text.getMinX() - cardLeft).as("room left of the text").isGreaterThan(30);
        });
    }

    @Test
    void showsTheHeatmapWithGapsAndTheTeamChartPerRole() {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        robot.interact(() -> ui.window.comparison().openCoverage());
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        waitUntil(() -> !ui.window.comparison().shown().getScene().getRoot().lookup("#coverage-computing").isVisible());
        Node root = ui.window.comparison().shown().getScene().getRoot();

        assertThat(root.lookupAll(".coverage-missing")).isNotEmpty();
        assertThat(root.lookupAll(".coverage-matched").size() + root.lookupAll(".coverage-linked").size()).isPositive();
        assertThat(root.lookupAll(".coverage-gap-head")).hasSizeGreaterThan(1);
        // Column heads in words ("Ontwerpen 2", an attitude's name), the element's words in the tooltip.
        List<Label> heads = java.util.stream.Stream.concat(root.lookupAll(".coverage-head").stream(),
                root.lookupAll(".coverage-gap-head").stream()).filter(n -> n instanceof Label && n.getParent()
                instanceof javafx.scene.Group).map(n -> (Label) n).toList();
        assertThat(heads).hasSizeGreaterThan(10).allSatisfy(h -> {
            assertThat(h.getText()).doesNotContain(".").matches("(Ontwerpen|Uitvoeren|Organiseren) \\d+|\\p{L}[\\p{L} -]*");
            assertThat(h.getTooltip().getText()).startsWith(h.getText());
        });
        assertThat(heads).anySatisfy(h -> assertThat(h.getTooltip().getText()).matches("Ontwerpen 1 \\(\\p{Lu}.+\\)"));
        javafx.scene.chart.BarChart<?, ?> chart = (javafx.scene.chart.BarChart<?, ?>) root.lookup("#coverage-team-chart");
        assertThat(chart.getData().get(0).getData()).hasSize(4)
                .allMatch(d -> ((Number) d.getYValue()).doubleValue() >= 0 && ((Number) d.getYValue()).doubleValue() <= 100);
    }

    private String text(String entryId) {
        Workbook wb = ui.window.viewModel().document().workbook();
        return wb.personas().stream().flatMap(p -> p.canvas().allEntries()).filter(e -> e.id().equals(entryId))
                .findFirst().orElseThrow().text();
    }

    /**
     * In "Kies 2 tot 6 persona's" a headline starting with an Arabic name reads as the sentence it is, as in the
     * editor: the role right of the name. It was laid out right to left as a whole, the role left of the name.
     */
    @Test
    void anArabicNameKeepsItsHeadlineInOrderAmongTheChoices() {
        String name = "\u0639\u0628\u062F \u0627\u0644\u0631\u062D\u0645\u0646";
        robot.interact(() -> ui.window.viewModel().document().apply("undo.newPersona", null,
                wb -> wb.addPersona(Persona.create(name, "begeleidt studenten bij een stage in Marokko",
                        wb.personas().get(0).activityId(), java.time.Instant.now()))));
        javafx.application.Platform.runLater(() -> ui.window.comparison().chooseAndOpen());
        waitUntil(() -> robot.lookup("#compare-choose-list").tryQuery().isPresent());
        UiFixture.waitForLayout();
        robot.interact(() -> {
            CheckBox box = robot.lookup("#compare-choose-list .check-box").queryAllAs(CheckBox.class).stream()
                    .filter(b -> b.getText().contains(name)).findFirst().orElseThrow();
            javafx.scene.text.Text text = (javafx.scene.text.Text) box.lookup(".text");
            String shown = text.getText();
            int nameAt = shown.indexOf(name);
            int roleAt = shown.indexOf("begeleidt");
            double nameRight = 0;
            for (int i = nameAt; i < nameAt + name.length(); i++) {
                nameRight = Math.max(nameRight, caretX(text, i));
            }
            assertThat(caretX(text, roleAt)).as("the role right of the name").isGreaterThan(nameRight);
            box.getScene().getWindow().hide();
        });
    }

    private static double caretX(javafx.scene.text.Text text, int index) {
        return ((javafx.scene.shape.MoveTo) text.caretShape(index, true)[0]).getX();
    }

    /**
     * In a narrow comparison window the bar's words stay whole and its buttons stay clickable: at 640 px it showed
     * "Kwa…" and two buttons reading "…" (PDF and PNG could not be told apart). The bar wraps instead.
     */
    @Test
    void theBarKeepsItsWordsInANarrowWindow() {
        Node root = open(robot);
        robot.interact(() -> {
            ui.window.comparison().shown().setWidth(640);
            ui.window.comparison().shown().setHeight(420);
        });
        UiFixture.waitForLayout();
        robot.interact(() -> {
            List<javafx.scene.control.Labeled> named = ((javafx.scene.Parent) root.lookup("#compare-bar"))
                    .getChildrenUnmodifiable().stream().filter(javafx.scene.control.Labeled.class::isInstance)
                    .map(javafx.scene.control.Labeled.class::cast)
                    .filter(l -> l.getText() != null && !l.getText().isEmpty()).toList();
            assertThat(named).extracting(l -> l.getText().replace("_", "")).contains("Kwadrant:", "Pdf…", "PNG…");
            for (javafx.scene.control.Labeled l : named) {
                String drawn = l.lookupAll(".text").stream().filter(javafx.scene.text.Text.class::isInstance)
                        .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
                assertThat(drawn).as("what '%s' shows", l.getText()).isEqualTo(l.getText().replace("_", ""));
                Bounds b = l.localToScene(l.getLayoutBounds());
                assertThat(b.getMaxX()).as("'%s' inside the window", l.getText())
                        .isLessThanOrEqualTo(root.getScene().getWidth());
            }
        });
    }
}
