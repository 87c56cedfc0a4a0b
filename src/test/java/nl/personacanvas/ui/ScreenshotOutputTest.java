package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScreenshotOutputTest {
    @Test
    void thePicturesGoToDocsImagesOnlyWhenAskedFor() {
        assertThat(ScreenshotGeneratorBase.outputFolder(null)).isEqualTo(Path.of("target", "screenshots"));
        assertThat(ScreenshotGeneratorBase.outputFolder("false")).isEqualTo(Path.of("target", "screenshots"));
        assertThat(ScreenshotGeneratorBase.outputFolder("true")).isEqualTo(Path.of("docs", "images"));
        assertThat(ScreenshotGeneratorBase.outputFolder("")).isEqualTo(Path.of("docs", "images"));
    }
}
