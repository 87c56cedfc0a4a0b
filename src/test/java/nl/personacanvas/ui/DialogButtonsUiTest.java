package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** JavaFX has no Dutch button texts; the app's own words replace "Cancel" and friends. */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsUiTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void stockButtonsSpeakTheAppsLanguage() throws Exception {
        String[] texts = WaitForAsyncUtils.asyncFx(() -> {
            DialogPane pane = new DialogPane();
            pane.getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL, ButtonType.CLOSE);
            DialogButtons.localise(pane, new Messages(Messages.DUTCH));
            return new String[] {text(pane, ButtonType.OK), text(pane, ButtonType.CANCEL),
                    text(pane, ButtonType.CLOSE)};
        }).get();
        assertThat(texts).containsExactly("OK", "Annuleren", "Sluiten");

        String cancel = WaitForAsyncUtils.asyncFx(() -> {
            DialogPane pane = new DialogPane();
            pane.getButtonTypes().add(ButtonType.CANCEL);
            DialogButtons.localise(pane, new Messages(Locale.ENGLISH));
            return text(pane, ButtonType.CANCEL);
        }).get();
        assertThat(cancel).isEqualTo("Cancel");
    }

    private static String text(DialogPane pane, ButtonType type) {
        return ((Button) pane.lookupButton(type)).getText();
    }
}
