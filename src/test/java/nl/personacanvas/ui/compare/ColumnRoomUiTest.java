package nl.personacanvas.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 20: each time the comparison window grew for another column it set its height one pixel lower (GTK refuses
 * a width alone), so a window grown three times had lost three pixels. It now loses at most one, however often it
 * grows.
 */
class ColumnRoomUiTest extends ApplicationTest {
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 500, 600));
        stage.show();
    }

    @Test
    void theWindowGrowsForEachNewColumnAndKeepsItsHeightWithinAPixel() {
        double height = stage.getHeight();
        ColumnRoom room = new ColumnRoom(stage, null, 2);
        double width = stage.getWidth();
        for (int columns = 3; columns <= 5; columns++) {
            int now = columns;
            interact(() -> room.shown(now));
            UiFixture.waitForLayout();
            assertThat(stage.getWidth()).as("the width for " + now + " columns").isGreaterThan(width);
            width = stage.getWidth();
            assertThat(stage.getHeight()).as("the height after growing for " + now + " columns")
                    .isBetween(height - 1, height);
        }
    }
}
