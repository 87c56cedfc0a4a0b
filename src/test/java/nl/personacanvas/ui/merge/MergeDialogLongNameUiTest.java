package nl.personacanvas.ui.merge;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Window;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.ScreenRoom;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

/**
 * Session 25 (ux25b): opened from a sync client's conflict copy, the import's sentence names the copy's long file name
 * twice; it did not wrap, and the dialog was 1,751 px wide on a 1366 px screen, its left edge and Importeren beyond it.
 * Fitted to a 1024 × 600 screen the dialog, its buttons and the sentence, wrapped and whole, are within the screen.
 */
class MergeDialogLongNameUiTest extends MainWindowUiTest {
    private static final Rectangle2D LOW_SCREEN = new Rectangle2D(0, 0, 1024, 600);
    private static final String COPY =
            "twente (Annemarie van den Heuvel-Brinkman's conflicted copy 2026-12-01 14-32-07).pcanvas";

    /** twente.pcanvas with a colleague's copy beside it in which the team is another: the dialog asks which to keep. */
    @Override
    protected List<String> startArguments() throws IOException {
        Path twente = ui.copyFixture("twente.pcanvas");
        try {
            ui.store.save(ui.store.load(twente).withTeam("Team Internationalisering Twente"), folder.resolve(COPY));
        } catch (WorkbookFormatException e) {
            throw new IOException(e);
        }
        ui.dialogs.confirmAnswer = true; // Samenvoegen…
        return List.of(twente.toString());
    }

    @Test
    void onA1024By600ScreenTheSentenceWrapsAndTheDialogWithItsButtonsFits() {
        waitUntil(() -> robot.lookup("#merge-content").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup("#merge-apply").query().getScene().getRoot()
                .lookup(".dialog-pane");
        Window dialog = pane.getScene().getWindow();
        Dimension room = new Dimension(ScreenRoom.fit(Double.MAX_VALUE, Double.MAX_VALUE, LOW_SCREEN));
        robot.interact(() -> {
            MergeDialog.fitScreen(pane, LOW_SCREEN);
            dialog.sizeToScene();
            dialog.setX(0);
            dialog.setY(0);
        });
        UiFixture.waitForLayout();

        robot.interact(() -> {
            assertThat(dialog.getWidth()).as("the dialog's width on a 1024 px screen").isLessThanOrEqualTo(room.width);
            assertThat(dialog.getHeight()).as("its height on a 600 px screen").isLessThanOrEqualTo(room.height);
            assertThat(pane.getWidth()).as("the pane's width").isLessThanOrEqualTo(room.width);
            for (Node button : List.of(pane.lookupButton(pane.getButtonTypes().get(0)),
                    pane.lookupButton(pane.getButtonTypes().get(1)))) {
                Bounds b = button.localToScene(button.getLayoutBounds());
                assertThat(b.getMinX()).as("%s's left", button).isGreaterThanOrEqualTo(0);
                assertThat(b.getMaxX()).as("%s within the dialog", button).isLessThanOrEqualTo(pane.getWidth());
                assertThat(b.getMaxY()).as("%s above the dialog's bottom", button).isLessThanOrEqualTo(pane.getHeight());
            }
            Label sentence = (Label) pane.lookup(".header-panel .label");
            assertThat(sentence.getText()).as("the sentence names the copy").contains(COPY);
            Text shown = (Text) sentence.lookup(".text");
            assertThat(shown.getText().replace("\n", " ").replaceAll(" +", " "))
                    .as("the sentence drawn whole, not cut with …").isEqualTo(sentence.getText().replaceAll(" +", " "));
            assertThat(shown.getLayoutBounds().getHeight()).as("the sentence wrapped over lines")
                    .isGreaterThan(2 * sentence.getFont().getSize());
            Bounds s = sentence.localToScene(sentence.getLayoutBounds());
            assertThat(s.getMaxX()).as("the sentence within the dialog").isLessThanOrEqualTo(pane.getWidth());
            assertThat(sentence.getHeight()).as("the sentence's lines all drawn")
                    .isGreaterThanOrEqualTo(shown.getLayoutBounds().getHeight() - 1);
        });
        robot.interact(() -> {
            // The wrapped sentence's lines are counted in the dialog's height, not taken from the differences' view.
            javafx.scene.layout.Region content = robot.lookup("#merge-content").queryAs(javafx.scene.layout.Region.class);
            javafx.scene.control.ScrollPane view = (javafx.scene.control.ScrollPane) pane.getContent();
            assertThat(content.getHeight()).as("the rows, all in the view")
                    .isLessThanOrEqualTo(view.getViewportBounds().getHeight() + 1);
        });
        robot.clickOn("#merge-apply");
        waitUntil(() -> robot.lookup("#merge-summary").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#merge-summary").query().getScene().getWindow().hide());
    }

    private record Dimension(double width, double height) {
        Dimension(javafx.geometry.Dimension2D d) {
            this(d.getWidth(), d.getHeight());
        }
    }
}
