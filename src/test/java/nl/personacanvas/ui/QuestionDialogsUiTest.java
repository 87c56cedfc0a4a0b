package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The questions the app asks. At start, whether to restore unsaved work: Escape, pressed to get rid of the
 * question, restores the work (it answered "Weggooien" and deleted it for good); only the discard button
 * discards. When the file changed on disk: every answer is readable (the Dutch ones were cut, "Hun versie l…").
 */
class QuestionDialogsUiTest extends ApplicationTest {
    private JavaFxDialogService dialogs;

    @Override
    public void start(Stage stage) {
        // The app's theme, which caps a dialog at 600 px.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new JavaFxDialogService(new Messages(Messages.DUTCH), () -> stage);
    }

    private CompletableFuture<Boolean> ask() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        // The question waits for its answer (showAndWait): asked later, not inside interact.
        Platform.runLater(() -> answer.complete(dialogs.offerRestore("Niet-opgeslagen werk herstellen?",
                "Persona Canvas is de vorige keer niet netjes afgesloten.", "Herstellen", "Weggooien")));
        waitUntil(() -> lookup("#restore-dialog").tryQuery().isPresent());
        return answer;
    }

    @Test
    void escapeRestoresTheWork() throws Exception {
        CompletableFuture<Boolean> answer = ask();
        type(KeyCode.ESCAPE);
        assertThat(answer.get(5, TimeUnit.SECONDS)).as("restored").isTrue();
    }

    @Test
    void enterRestoresTheWork() throws Exception {
        CompletableFuture<Boolean> answer = ask();
        type(KeyCode.ENTER);
        assertThat(answer.get(5, TimeUnit.SECONDS)).as("restored").isTrue();
    }

    @Test
    void theAnswersAboutAChangedFileAreShownWhole() throws Exception {
        CompletableFuture<DialogService.ChangedFileChoice> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.askAboutChangedFile("Gewijzigd door iemand anders",
                new Messages(Messages.DUTCH).get("changed.onSave", "werk.pcanvas"), true)));
        waitUntil(() -> lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        List<Button> buttons = lookup("#changed-on-disk-dialog .button").queryAllAs(Button.class).stream().toList();
        interact(() -> {
            assertThat(buttons).extracting(b -> Menus.shown(b.getText()))
                    .contains("Hun versie laden", "Beide samenvoegen", "Opslaan als…", "Annuleren");
            for (Button button : buttons) {
                String drawn = button.lookupAll(".text").stream().filter(Text.class::isInstance)
                        .map(n -> ((Text) n).getText()).findFirst().orElse("");
                assertThat(drawn).as("what '%s' shows", button.getText()).isEqualTo(Menus.shown(button.getText()));
            }
        });
        clickOn("Beide samenvoegen");
        assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo(DialogService.ChangedFileChoice.MERGE);
    }

    @Test
    void onlyTheDiscardButtonDiscards() throws Exception {
        CompletableFuture<Boolean> answer = ask();
        clickOn("Weggooien");
        assertThat(answer.get(5, TimeUnit.SECONDS)).as("restored").isFalse();
    }
}
