package nl.personacanvas.ui.canvas;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.TypedText;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import nl.personacanvas.ui.UiFixture;

/** The canvas header in the real window: the core activity picker, required fields and the status bar. */
class CanvasHeaderUiTest extends MainWindowUiTest {
    private Persona laura(Workbook wb) {
        return wb.persona("p-laura").orElseThrow();
    }

    @Test
    void choosingAMatrixActivityTheWorkbookLacksAddsItAndUndoesInOneStep() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        Workbook before = ui.window.viewModel().document().workbook();
        @SuppressWarnings("unchecked")
        ComboBox<CoreActivity> picker = robot.lookup("#canvas-activity").queryAs(ComboBox.class);
        assertThat(picker.getItems()).extracting(a -> a.matrixActivity().orElse("own"))
                .containsSubsequence("A1", "A2", "A3", "A4", "A5");
        // The fixture has A1 and A4; A2 is offered from the matrix.
        CoreActivity a2 = picker.getItems().stream().filter(a -> "A2".equals(a.matrixId())).findFirst().orElseThrow();
        assertThat(before.activity(a2.id())).isEmpty();
        int index = picker.getItems().indexOf(a2);

        // By keyboard, as a user without a mouse would: open the list, go to the top, down to A2, take it.
        robot.clickOn("#canvas-activity");
        robot.push(KeyCode.HOME);
        for (int i = 0; i < index; i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);
        waitUntil(() -> laura(ui.window.viewModel().document().workbook()).activityId().equals(a2.id()));
        assertThat(ui.window.viewModel().document().workbook().activities()).contains(a2);
        assertThat(ui.personaNamesInList()).contains("Laura");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        UiFixture.waitForLayout();
        assertThat(ui.window.viewModel().document().workbook()).isEqualTo(before);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !ui.window.viewModel().document().isDirty());
        Workbook saved = ui.store.load(twente());
        assertThat(saved.activities()).extracting(CoreActivity::matrixId).contains("A2");
        assertThat(saved.activityOf(laura(saved)).flatMap(CoreActivity::matrixActivity)).contains("A2");
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).getText()).isEqualTo("Opgeslagen");
        assertThat(robot.lookup("#status-file").queryAs(Label.class).getText()).isEqualTo(twente().toString());
    }

    @Test
    void aBlankNameOrRoleIsMarkedAndTheStatusBarFollows() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Label personas = robot.lookup("#status-personas").queryAs(Label.class);
        assertThat(personas.getText()).isEqualTo("Persona's: 2");
        robot.clickOn("#persona-new");
        UiFixture.waitForLayout();
        assertThat(personas.getText()).isEqualTo("Persona's: 3");
        assertThat(robot.lookup("#status-saved").queryAs(Label.class).getText()).isEqualTo("Niet-opgeslagen wijzigingen");

        TextInputControl role = robot.lookup("#canvas-role").queryTextInputControl();
        assertThat(role.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(role.getAccessibleHelp()).startsWith("Schrijf de rolzin");
        robot.clickOn(role);
        TypedText.write(robot, "organiseert een uitwisseling");
        UiFixture.waitForLayout();
        assertThat(role.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);

        TextField name = robot.lookup("#canvas-name").queryAs(TextField.class);
        assertThat(name.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        robot.clickOn(name).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        UiFixture.waitForLayout();
        assertThat(name.getPseudoClassStates()).contains(Styles.STATE_DANGER);
    }

    /**
     * A long name shows whole in its field, as it does in the headline above it; the field kept its twelve columns
     * (190 px) and showed "Maria-Josefina Alexandr".
     */
    @Test
    void aLongNameShowsWholeInItsField() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        TextField name = robot.lookup("#canvas-name").queryAs(TextField.class);
        String longName = "Maria-Josefina Alexandra van den Berg";
        robot.clickOn(name).push(KeyCode.CONTROL, KeyCode.A);
        TypedText.write(robot, longName);
        UiFixture.waitForLayout();
        robot.interact(() -> {
            javafx.scene.text.Text shown = name.lookupAll(".text").stream()
                    .filter(javafx.scene.text.Text.class::isInstance).map(javafx.scene.text.Text.class::cast)
                    .filter(t -> longName.equals(t.getText())).findFirst().orElseThrow();
            javafx.geometry.Bounds text = shown.localToScene(shown.getLayoutBounds());
            javafx.geometry.Bounds field = name.localToScene(name.getLayoutBounds());
            assertThat(text.getMinX()).as("first letter in the field").isGreaterThanOrEqualTo(field.getMinX());
            assertThat(text.getMaxX()).as("last letter in the field").isLessThanOrEqualTo(field.getMaxX());
            javafx.geometry.Bounds role = robot.lookup("#canvas-role").query()
                    .localToScene(robot.lookup("#canvas-role").query().getLayoutBounds());
            assertThat(role.intersects(field)).as("the role's field clear of the name's").isFalse();
        });
    }

    /**
     * A role typed with a space before it, two between words and one after reads cleanly in the headline. The field
     * keeps what was typed: it commits at every key, and trimming there would eat the space just typed before the
     * next word.
     */
    @Test
    void spacesTypedAroundAndInTheRoleDoNotShowInTheHeadline() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.CONTROL, KeyCode.A);
        TypedText.write(robot, " regelt  de visa ");
        waitUntil(() -> laura(ui.window.viewModel().document().workbook()).role().equals(" regelt  de visa "));
        UiFixture.waitForLayout();
        String headline = robot.lookup("#canvas-headline").queryAs(Label.class).getText();
        assertThat(headline).startsWith("Laura regelt de visa.").doesNotContain("  ");
    }

    /** A name in Arabic script leaves the Dutch headline in reading order: name, role, "Zij …", left to right. */
    @Test
    void anArabicNameKeepsTheHeadlineInOrder() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String name = "\u0639\u0628\u062F \u0627\u0644\u0631\u062D\u0645\u0646";
        robot.doubleClickOn("#canvas-name").eraseText(5);
        TypedText.write(robot, name);
        UiFixture.waitForLayout();
        assertThat(laura(ui.window.viewModel().document().workbook()).name()).isEqualTo(name);
        robot.interact(() -> {
            Label headline = robot.lookup("#canvas-headline").queryAs(Label.class);
            javafx.scene.text.Text text = (javafx.scene.text.Text) headline.lookup(".text");
            String shown = text.getText();
            int nameAt = shown.indexOf(name);
            int roleAt = shown.indexOf("begeleidt");
            int leadInAt = shown.indexOf("Zij");
            double nameRight = 0;
            for (int i = nameAt; i < nameAt + name.length(); i++) {
                nameRight = Math.max(nameRight, caretX(text, i));
            }
            assertThat(caretX(text, roleAt)).as("the role right of the name").isGreaterThan(nameRight);
            assertThat(caretX(text, leadInAt)).as("'Zij' right of the role's start, or on a later line")
                    .matches(x -> x > caretX(text, roleAt) || caretY(text, leadInAt) > caretY(text, roleAt));
        });
    }

    /**
     * Session 23: a role of three lines put "Zij" at the end of the headline's line and "…" alone on the next. Roles a
     * word longer each time move the end of every line along; in none of them is the lead-in broken.
     */
    @Test
    void theLeadInIsNeverBrokenBetweenItsWordAndItsDots() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#canvas-headline").tryQuery().isPresent());
        String[] words = ("coördineert de internationale stages van de opleiding Verpleegkunde en onderhoudt het netwerk"
                + " van partnerinstellingen in Europa en de contacten met de stagebedrijven").split(" ");
        java.util.List<Integer> checked = new java.util.ArrayList<>();
        for (int n = 1; n <= words.length; n++) {
            String role = String.join(" ", java.util.Arrays.copyOf(words, n));
            robot.interact(() -> ui.window.viewModel().document().apply("test", null,
                    wb -> wb.updatePersona("p-laura", p -> p.withRole(role))));
            WaitForAsyncUtils.waitForFxEvents();
            int count = n;
            robot.interact(() -> {
                Label headline = robot.lookup("#canvas-headline").queryAs(Label.class);
                javafx.scene.text.Text text = (javafx.scene.text.Text) headline.lookup(".text");
                String shown = text.getText();
                assertThat(shown).as("the headline shown whole").startsWith("Laura " + role + ". Zij").endsWith("…");
                int zij = shown.lastIndexOf("Zij");
                assertThat(caretY(text, shown.length() - 1)).as("'…' on the line of 'Zij' with a role of %d words", count)
                        .isEqualTo(caretY(text, zij));
                checked.add(count);
            });
        }
        assertThat(checked).hasSize(words.length);
    }

    private static double caretX(javafx.scene.text.Text text, int index) {
        return ((javafx.scene.shape.MoveTo) text.caretShape(index, true)[0]).getX();
    }

    private static double caretY(javafx.scene.text.Text text, int index) {
        return ((javafx.scene.shape.MoveTo) text.caretShape(index, true)[0]).getY();
    }

    /**
     * A role of 1,000 characters typed into the role field: the headline above the fields stays a few lines, ending in
     * " …", with the whole sentence as its tooltip and its accessible text (session 20's leftover, session 21).
     */
    @Test
    void aRoleOfTheLongestLengthLeavesTheHeadlineShortWithTheWholeInItsTooltip() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String role = ("regelt de stages in Duitsland en Spanje en bezoekt de studenten ".repeat(16)).substring(0, 1000);
        TextInputControl roleField = robot.lookup("#canvas-role").queryAs(TextInputControl.class);
        robot.interact(() -> roleField.setText(role));
        UiFixture.waitForLayout();
        Label headline = robot.lookup("#canvas-headline").queryAs(Label.class);
        double lineHeight = headline.getFont().getSize() * 1.5;
        assertThat(headline.getText()).startsWith("Laura regelt de stages").contains(" \u2026 ").hasSizeLessThan(260);
        assertThat(headline.getHeight()).as("the headline's height").isLessThan(6 * lineHeight);
        assertThat(headline.getTooltip()).isNotNull();
        assertThat(headline.getTooltip().getText()).contains(role.strip());
        assertThat(headline.getAccessibleText()).contains(role.strip());
    }

    /**
     * The lead-in continues the panel's sentence, so it follows the canvas's language and not the window's (as the
     * poster, pdf30): a canvas rewritten in English reads "They …" in the Dutch window, and its Dutch words back
     * bring "Zij …" back.
     */
    @Test
    void theLeadInFollowsTheLanguageTheCanvasIsWrittenIn() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#canvas-headline").tryQuery().isPresent());
        robot.interact(() -> ui.window.viewModel().document().apply("test", null, wb -> wb.updatePersona("p-laura",
                p -> p.withRole("supervises students on an internship abroad").withCanvas(
                        nl.personacanvas.model.Canvas.empty().add(nl.personacanvas.model.Quadrant.DESIGN,
                                new nl.personacanvas.model.Entry("e-en", "Translates the learning goals for the host "
                                        + "company and the student", java.util.List.of(), ""))))));
        WaitForAsyncUtils.waitForFxEvents();
        Label headline = robot.lookup("#canvas-headline").queryAs(Label.class);
        assertThat(headline.getText()).isEqualTo("Laura supervises students on an internship abroad. They\u00A0…");

        String dutch = "begeleidt de studenten op hun stage bij een bedrijf in het buitenland";
        robot.interact(() -> ui.window.viewModel().document().apply("test", null,
                wb -> wb.updatePersona("p-laura", p -> p.withRole(dutch))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headline.getText()).isEqualTo("Laura " + dutch + ". Zij\u00A0…");
    }

    /**
     * Without a role sentence the headline read "Laura. Zij …" (on the poster too): both now say the role is still
     * to be written, in the canvas's language as the lead-in is (TeacherPolish30Test has the poster's).
     */
    @Test
    void aHeadlineWithoutARoleSaysTheRoleIsStillToBeWritten() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        waitUntil(() -> robot.lookup("#canvas-headline").tryQuery().isPresent());
        robot.interact(() -> ui.window.viewModel().document().apply("test", null,
                wb -> wb.updatePersona("p-laura", p -> p.withRole(""))));
        WaitForAsyncUtils.waitForFxEvents();
        Label headline = robot.lookup("#canvas-headline").queryAs(Label.class);
        assertThat(headline.getText()).isEqualTo("Laura (rol nog niet ingevuld). Zij\u00A0…");

        robot.interact(() -> ui.window.viewModel().document().apply("test", null,
                wb -> wb.updatePersona("p-laura", p -> p.withRole("geeft les"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(headline.getText()).isEqualTo("Laura geeft les. Zij\u00A0…");
    }
}
