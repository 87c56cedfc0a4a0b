package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

class AppIconsTest extends ApplicationTest {

    @Test
    void everySizeIsASquareImageOfThatSize() {
        assertThat(AppIcons.all()).extracting(Image::getWidth, Image::getHeight).containsExactly(
                tuple(16.0, 16.0), tuple(24.0, 24.0),
                tuple(32.0, 32.0), tuple(48.0, 48.0),
                tuple(64.0, 64.0), tuple(128.0, 128.0),
                tuple(256.0, 256.0));
        assertThat(AppIcons.all()).noneMatch(Image::isError);
    }

    @Test
    void aWindowGetsEveryIconOnceTheyAreDecoded() {
        Stage[] stage = new Stage[1];
        interact(() -> {
            stage[0] = new Stage();
            AppIcons.apply(stage[0]);
        });

        UiFixture.waitUntil(() -> stage[0].getIcons().size() == 7);
        assertThat(stage[0].getIcons()).extracting(Image::getWidth).containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
    }

    @Test
    void refusesASizeThatWasNotRendered() {
        assertThatThrownBy(() -> AppIcons.ofSize(20)).isInstanceOf(IllegalArgumentException.class);
    }
}
