package nl.personacanvas.ui.workbook;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.Function;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (rob26): every one-line field holding a name reads left to right as the persona's name field does
 * (session 25), and the field's left-to-right mark is never the user's: not in the workbook, not in the file, and not
 * counted against the length a name may have.
 */
class NameFieldsLeftToRightUiTest extends MainWindowUiTest {
    private static final char LRM = '\u200E';
    /** "Al-Noor school" in Arabic, then the town. */
    private static final String AL_NOOR = "\u0645\u062F\u0631\u0633\u0629 \u0627\u0644\u0646\u0648\u0631 Enschede";
    private static final String HEBREW_REGION = "\u05D4\u05D2\u05DC\u05D9\u05DC Twente";
    private static final String EMOJI_ARABIC = "\uD83C\uDF0D \u0641\u0631\u064A\u0642 Zorg";
    private static final String EMOJI_LATIN = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83C\uDFEB Team Zorg";
    private static final String ARABIC_LETTER = "\u0645";

    @Test
    void theWorkbooksSchoolRegionAndTeamShowArabicAndEmojiFirstTextLeftToRightAndSaveItAsTyped() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        typeInto("#workbook-school", AL_NOOR, Workbook::school);
        typeInto("#workbook-region", HEBREW_REGION, Workbook::region);
        pasteInto("#workbook-team", EMOJI_ARABIC, Workbook::team);
        assertShown("#workbook-school", LRM + AL_NOOR, "Enschede");
        assertShown("#workbook-region", LRM + HEBREW_REGION, "Twente");
        assertShown("#workbook-team", LRM + EMOJI_ARABIC, "Zorg");

        // Emoji then Latin: a left-to-right text needs no mark, and gets none.
        pasteInto("#workbook-team", EMOJI_LATIN, Workbook::team);
        assertThat(field("#workbook-team").getText()).isEqualTo(EMOJI_LATIN);

        // The Arabic taken away at the start: the mark goes with it.
        robot.clickOn("#workbook-school").push(KeyCode.HOME);
        for (int i = 0; i < "\u0645\u062F\u0631\u0633\u0629 \u0627\u0644\u0646\u0648\u0631 ".length(); i++) {
            robot.push(KeyCode.DELETE);
        }
        waitUntil(() -> document().workbook().school().equals("Enschede"));
        assertThat(field("#workbook-school").getText()).isEqualTo("Enschede");
        robot.write(AL_NOOR.substring(0, AL_NOOR.length() - "Enschede".length()));
        waitUntil(() -> document().workbook().school().equals(AL_NOOR));
        assertThat(field("#workbook-school").getText()).isEqualTo(LRM + AL_NOOR);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !document().isDirty());
        Workbook saved = ui.store.load(twente());
        assertThat(saved.school()).isEqualTo(AL_NOOR);
        assertThat(saved.region()).isEqualTo(HEBREW_REGION);
        assertThat(saved.team()).isEqualTo(EMOJI_LATIN);
        assertThat(Files.readString(twente(), StandardCharsets.UTF_8)).as("no mark of a field in the file")
                .doesNotContain(String.valueOf(LRM)).doesNotContain("\\u200E").doesNotContain("\\u200e");
    }

    @Test
    void theFilterShowsAnArabicNameLeftToRightAndFiltersByWhatWasTyped() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String id = personaId("Laura");
        robot.clickOn("#canvas-name").push(KeyCode.CONTROL, KeyCode.A).write(AL_NOOR);
        waitUntil(() -> name(id).equals(AL_NOOR));
        robot.clickOn("#persona-filter").write(AL_NOOR.substring(0, 5));
        waitUntil(() -> ui.personaNamesInList().size() == 1);
        assertThat(ui.personaNamesInList().get(0)).contains("Enschede");
        assertThat(field("#persona-filter").getText()).isEqualTo(LRM + AL_NOOR.substring(0, 5));
        assertThat(ui.window.viewModel().personas().filterProperty().get()).isEqualTo(AL_NOOR.substring(0, 5));
    }

    /**
     * An Arabic-first name held 299 characters where any other held 300: the limit counted the field's mark. Worse, a
     * name of 300 that starts in Arabic, shown again in a limited field (another persona, then back), lost its last
     * character to the limit without a word.
     */
    @Test
    void anArabicFirstNameHoldsThreeHundredCharactersLikeAnyOtherAndKeepsThemWhenShownAgain() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("Laura");
        String id = personaId("Laura");
        robot.clickOn("#canvas-name").push(KeyCode.CONTROL, KeyCode.A);
        String full = ARABIC_LETTER.repeat(299) + "\uD83C\uDF0D";
        UiFixture.paste(robot, ARABIC_LETTER.repeat(299) + "\uD83C\uDF0D" + "x");
        waitUntil(() -> name(id).equals(full));
        assertThat(field("#canvas-name").getText()).isEqualTo(LRM + full);
        assertThat(status()).isEqualTo("Ingekort: een werkboek bewaart hier hoogstens 300 tekens; 1 is weggelaten.");

        UiFixture.paste(robot, ARABIC_LETTER);
        UiFixture.waitForLayout();
        assertThat(name(id)).isEqualTo(full);
        assertThat(status()).isEqualTo("Deze tekst is vol: een werkboek bewaart hier hoogstens 300 tekens.");

        // One character less: one more goes in, at the end or at the very start.
        robot.push(KeyCode.BACK_SPACE);
        waitUntil(() -> name(id).equals(ARABIC_LETTER.repeat(299)));
        robot.push(KeyCode.HOME).write(ARABIC_LETTER);
        waitUntil(() -> name(id).equals(ARABIC_LETTER.repeat(300)));

        robot.clickOn("Ahmed");
        waitUntil(() -> field("#canvas-name").getText().startsWith("Ahmed"));
        robot.interact(() -> ui.window.viewModel().personas().selectedPersonaIdProperty().set(id));
        waitUntil(() -> field("#canvas-name").getText().equals(LRM + ARABIC_LETTER.repeat(300)));
        assertThat(name(id)).as("shown again, still whole").isEqualTo(ARABIC_LETTER.repeat(300));
    }

    @Test
    void anArabicFirstSchoolHoldsThreeHundredCharacters() {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("#workbook-school").push(KeyCode.CONTROL, KeyCode.A);
        UiFixture.paste(robot, AL_NOOR + " " + "n".repeat(400));
        String kept = AL_NOOR + " " + "n".repeat(300 - AL_NOOR.length() - 1);
        waitUntil(() -> document().workbook().school().equals(kept));
        assertThat(field("#workbook-school").getText()).isEqualTo(LRM + kept);
    }

    private void typeInto(String id, String text, Function<Workbook, String> saved) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A).write(text);
        waitUntil(() -> saved.apply(document().workbook()).equals(text));
    }

    private void pasteInto(String id, String text, Function<Workbook, String> saved) {
        robot.clickOn(id).push(KeyCode.CONTROL, KeyCode.A);
        UiFixture.paste(robot, text);
        waitUntil(() -> saved.apply(document().workbook()).equals(text));
    }

    /** The field holds {@code shown}, drawn with the text's start at the left and {@code last} at the right end. */
    private void assertShown(String id, String shown, String last) {
        robot.interact(() -> {
            TextField field = field(id);
            assertThat(field.getText()).isEqualTo(shown);
            Text text = field.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> t.getText().contains(last)).findFirst().orElseThrow();
            Bounds line = text.getLayoutBounds();
            int rightmost = text.hitTest(new Point2D(line.getMinX() + text.prefWidth(-1) - 2, line.getMinY() + 4))
                    .getCharIndex();
            assertThat(rightmost).as("the character at the right end of \"%s\": the end of %s", shown, last)
                    .isGreaterThanOrEqualTo(shown.length() - 2);
        });
    }

    private TextField field(String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private String name(String id) {
        return document().workbook().personas().stream().filter(p -> p.id().equals(id)).map(Persona::name)
                .findFirst().orElseThrow();
    }

    private String status() {
        return robot.lookup("#status-message").queryAs(Labeled.class).getText();
    }
}
