package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.main.StatusBarParts.shown;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import nl.personacanvas.ui.UiFixture;

/**
 * The bar after a restore with no file yet, in the widths a window gets on a 1366 × 768 screen and the usual ones
 * (session 21: at 1256 px the file part's end was cut, "Nog niet o…", as the parts' least widths came to more than the
 * bar). Asserted by the parts' laid-out bounds: the right end is whole inside the bar, the check summary gives way
 * first, and nothing is cut while the bar has room for every part.
 */
class StatusBarRoomUiTest extends ApplicationTest {
    private static final String STYLESHEET = "/nl/personacanvas/ui/persona-canvas.css";
    /** The widths the window is made, widest first (a shown Monocle window is only made narrower). */
    private static final List<Double> WIDTHS = List.of(1366.0, 1280.0, 1256.0, 1177.6, 1100.0, 1000.0);
    private static final String LONG_SUMMARY = "6 van 14 elementen, 1 van 10 houdingen, 4 notities met badge";
    private static final String SHORT_SUMMARY = "2 van 14 elementen, 0 van 10 houdingen";

    private final WorkbookDocument document = new WorkbookDocument();
    private final Messages messages = new Messages(Locale.forLanguageTag("nl"));
    private final StatusLine status = new StatusLine();
    private StatusBarViewModel viewModel;
    private StatusBarView bar;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        viewModel = new StatusBarViewModel(document, messages, status, new SimpleBooleanProperty(false));
        bar = new StatusBarView(viewModel, messages);
        BorderPane root = new BorderPane();
        root.setBottom(bar);
        Scene scene = new Scene(root, WIDTHS.get(0), 200);
        scene.getStylesheets().add(StatusBarRoomUiTest.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void afterARestoreTheRightEndStaysWholeInsideTheBarAndTheCheckSummaryGivesWayFirst() {
        restore(messages.get("status.restored"), LONG_SUMMARY);
        for (double width : WIDTHS) {
            showAt(width);
            String where = " at " + width;
            assertTheRightEndIsWhole(where);
            Label message = part("#status-message");
            Label check = part("#status-check");
            if (fitsWhole()) {
                assertNothingIsCut(where);
            } else {
                // The check summary gives way (or, where the bar has room for it beside the message's share, is
                // whole: without a file the saved part is left out since ux27b, which leaves more room).
                assertThat(check.getText()).as("the check summary, whole or cut at its end" + where)
                        .startsWith(shown(check).replaceFirst("\\.\\.\\.$", ""));
                // The message keeps its share of the bar; it is not the first to go.
                assertThat(message.getWidth()).as("the message's room" + where)
                        .isGreaterThanOrEqualTo(Math.min(message.prefWidth(-1), bar.getWidth() * 0.3) - 1);
            }
        }
        // The case of session 21: at 1256 px the bar cannot hold every part whole; its end stays whole all the same.
        assertThat(WIDTHS).contains(1256.0);
    }

    @Test
    void whenThereIsRoomNothingIsCut() {
        restore(messages.get("status.restored"), SHORT_SUMMARY);
        showAt(1366);
        assertThat(fitsWhole()).as("room for every part at 1366").isTrue();
        assertNothingIsCut(" at 1366");
        assertTheRightEndIsWhole(" at 1366");
        // At 1280 px the message keeps at least its share of the bar, and the right parts, the check summary too, are
        // whole (as RestoreUiTest asserts in the whole window). Without the saved part beside "Nog niet opgeslagen als
        // bestand" (ux27b) the whole message fits too; before, it gave way to its share.
        showAt(1280);
        Label check = part("#status-check");
        assertThat(shown(check)).as("the check summary whole at 1280").isEqualTo(check.getText());
        assertThat(part("#status-message").getWidth()).as("the message's share at 1280").isGreaterThanOrEqualTo(1280 * 0.3);
        assertTheRightEndIsWhole(" at 1280");
        // No message: the long summary has room from 1256 px on.
        interact(() -> {
            status.show("");
            viewModel.checkSummaryProperty().set(LONG_SUMMARY);
        });
        showAt(1256);
        assertThat(fitsWhole()).as("room for every part without a message").isTrue();
        assertNothingIsCut(" at 1256 without a message");
        assertTheRightEndIsWhole(" at 1256 without a message");
    }

    private void restore(String message, String summary) {
        interact(() -> {
            document.openUnsaved(TestWorkbooks.twoPersonas(), null);
            status.show(message);
            viewModel.checkSummaryProperty().set(summary);
        });
    }

    private void showAt(double width) {
        interact(() -> stage.setWidth(width));
        UiFixture.waitForLayout();
        assertThat(bar.getWidth()).as("the bar's width").isCloseTo(width, org.assertj.core.data.Offset.offset(1.0));
    }

    /** Whether the bar's width holds every part at its preferred width. */
    private boolean fitsWhole() {
        return bar.prefWidth(-1) <= bar.getWidth();
    }

    private void assertTheRightEndIsWhole(String where) {
        double innerRight = bar.getWidth() - bar.snappedRightInset();
        for (String id : List.of("#status-personas", "#status-saved", "#status-file")) {
            Label part = part(id);
            if (!part.isManaged()) {
                continue; // the saved part, left out without a file (ux27b)
            }
            assertThat(shown(part)).as(id + " whole" + where).isEqualTo(part.getText());
            assertThat(inBar(part).getMaxX()).as(id + "'s right edge within the bar" + where)
                    .isLessThanOrEqualTo(innerRight + 0.5);
            assertThat(inBar(part).getMinX()).as(id + "'s left edge" + where).isGreaterThanOrEqualTo(0);
        }
        assertThat(shown(part("#status-file"))).as("the file part" + where).isEqualTo("Nog niet opgeslagen als bestand");
    }

    private void assertNothingIsCut(String where) {
        for (String id : List.of("#status-message", "#status-check", "#status-personas", "#status-saved",
                "#status-file")) {
            Label part = part(id);
            assertThat(shown(part)).as(id + " whole" + where).isEqualTo(part.getText());
        }
    }

    private Label part(String id) {
        return (Label) bar.lookup(id);
    }

    private Bounds inBar(Label label) {
        return bar.sceneToLocal(label.localToScene(label.getLayoutBounds()));
    }
}
