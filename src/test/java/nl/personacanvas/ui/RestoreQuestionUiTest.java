package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The question at start whether to restore unsaved work: Escape, pressed to get rid of it, restores the work
 * (it answered "Weggooien" and deleted it for good); only the discard button discards.
 */
class RestoreQuestionUiTest extends ApplicationTest {
    private JavaFxDialogService dialogs;

    @Override
    public void start(Stage stage) {
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
    void onlyTheDiscardButtonDiscards() throws Exception {
        CompletableFuture<Boolean> answer = ask();
        clickOn("Weggooien");
        assertThat(answer.get(5, TimeUnit.SECONDS)).as("restored").isFalse();
    }
}
