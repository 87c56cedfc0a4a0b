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
import org.testfx.util.WaitForAsyncUtils;

class StatusBarViewUiTest extends ApplicationTest {
    private static final String STYLESHEET = "/nl/personacanvas/ui/persona-canvas.css";
    private final WorkbookDocument document = new WorkbookDocument();
    private final Messages messages = new Messages(Locale.forLanguageTag("nl"));
    private final StatusLine status = new StatusLine();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty(false);
    private StatusBarView bar;
    private StatusBarViewModel viewModel;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        viewModel = new StatusBarViewModel(document, messages, status, busy);
        bar = new StatusBarView(viewModel, messages);
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
        assertThat(saved.getText()).isEqualTo("Geen openstaande wijzigingen");
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
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.isVisible()).isFalse();
        assertThat(progress.isManaged()).isFalse();
    }

    /**
     * After a restore (its message long) of work not yet saved as a file, with a persona's check summary, at the width
     * the main window has on a 1366 x 768 screen: the parts' least widths came to more than the bar, and its right end
     * was cut off ("Nog niet o", session 21). The check summary gives way first, as it does in a narrow window.
     */
    @Test
    void afterARestoreWithACheckSummaryTheRightEndIsWholeAt1256Pixels() {
        interact(() -> {
            stage.setWidth(1256);
            document.open(TestWorkbooks.twoPersonas(), null);
            status.show(messages.get("status.restored"));
            viewModel.checkSummaryProperty().set("6 van 14 elementen, 1 van 10 houdingen, 4 notities met badge");
            viewModel.checkDetailProperty().set("6 van 14 matrixelementen gedekt");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label shownFile = lookup("#status-file").queryAs(Label.class);
        Label saved = lookup("#status-saved").queryAs(Label.class);
        assertThat(shownFile.getText()).isEqualTo("Nog niet opgeslagen als bestand");
        assertThat(shownFile.localToScene(shownFile.getBoundsInLocal()).getMaxX()).as("the right end within the bar")
                .isLessThanOrEqualTo(bar.getWidth() - bar.getInsets().getRight() + 1);
        assertThat(shownFile.getWidth()).as("the file's part whole").isGreaterThanOrEqualTo(shownFile.prefWidth(-1) - 0.5);
        assertThat(saved.getWidth()).as("the saved state whole").isGreaterThanOrEqualTo(saved.prefWidth(-1) - 0.5);
        Label check = lookup("#status-check").queryAs(Label.class);
        assertThat(check.isVisible()).isTrue();
        assertThat(check.getWidth()).as("the check summary gives way").isLessThan(check.prefWidth(-1));
    }
}
