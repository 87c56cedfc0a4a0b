package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class ScreenRoomTest {
    @Test
    void aWindowNoLargerThanTheScreenLessItsMargin() {
        // A 1280 x 720 laptop screen less a 40 px task bar.
        Dimension2D laptop = ScreenRoom.fit(1200, 760, new Rectangle2D(0, 0, 1280, 680));
        assertThat(laptop.getWidth()).isEqualTo(1177);
        assertThat(laptop.getHeight()).isEqualTo(625);
    }

    @Test
    void aWindowThatFitsKeepsItsSize() {
        Dimension2D wide = ScreenRoom.fit(1400, 760, new Rectangle2D(0, 0, 1600, 960));
        assertThat(wide.getWidth()).isEqualTo(1400);
        assertThat(wide.getHeight()).isEqualTo(760);
    }
}
