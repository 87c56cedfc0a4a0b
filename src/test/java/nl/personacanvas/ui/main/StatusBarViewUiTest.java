package nl.personacanvas.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import nl.personacanvas.ui.UiFixture;

class StatusBarViewUiTest extends ApplicationTest {
    private static final String STYLESHEET = "/nl/personacanvas/ui/persona-canvas.css";
    private final WorkbookDocument document = new WorkbookDocument();
    private final Messages messages = new Messages(Locale.forLanguageTag("nl"));
    private final StatusLine status = new StatusLine();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private StatusBarView bar;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        bar = new StatusBarView(new StatusBarViewModel(document, messages, status, busy), messages);
        BorderPane root = new BorderPane();
        root.setBottom(bar);
        Scene scene = new Scene(root, 1000, 200);
        scene.getStylesheets().add(StatusBarViewUiTest.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheMessageOnTheLeftAndTheWorkbooksStateOnTheRight() {
        Path file = Path.of("/tmp/school.pcanvas");
        interact(() -> {
            document.open(TestWorkbooks.twoPersonas(), file);
            status.show("Geopend: school.pcanvas");
        });
        Label message = lookup(".status-label").queryAs(Label.class);
        Label personas = lookup("#status-personas").queryAs(Label.class);
        Label saved = lookup("#status-saved").queryAs(Label.class);
        Label shownFile = lookup("#status-file").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Geopend: school.pcanvas");
        assertThat(personas.getText()).isEqualTo("Persona's: 2");
        assertThat(saved.getText()).isEqualTo("Opgeslagen");
        assertThat(shownFile.getText()).isEqualTo(file.toString());
        assertThat(shownFile.getAccessibleText()).isEqualTo("Bestand: " + file);
        // The message takes the room left of the state, which sits at the right edge in this order.
        assertThat(message.localToScene(message.getBoundsInLocal()).getMinX()).isLessThan(
                personas.localToScene(personas.getBoundsInLocal()).getMinX());
        assertThat(personas.localToScene(personas.getBoundsInLocal()).getMaxX()).isLessThan(
                saved.localToScene(saved.getBoundsInLocal()).getMinX());
        assertThat(shownFile.localToScene(shownFile.getBoundsInLocal()).getMaxX())
                .isCloseTo(bar.getWidth() - bar.getInsets().getRight(), org.assertj.core.data.Offset.offset(1.0));
        // The check summary keeps no room while there is none.
        assertThat(lookup("#status-check").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void showsAProgressBarOnlyWhileBusy() {
        assertThat(lookup("#status-progress").tryQuery()).isEmpty();
        interact(() -> busy.set(true));
        ProgressBar progress = lookup("#status-progress").queryAs(ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.isIndeterminate()).isTrue();
        assertThat(progress.getWidth()).isPositive();
        interact(() -> busy.set(false));
        UiFixture.waitForLayout();
        assertThat(progress.isVisible()).isFalse();
        assertThat(progress.isManaged()).isFalse();
    }
}
