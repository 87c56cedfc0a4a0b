package nl.personacanvas.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import nl.personacanvas.ui.UiFixture;

/**
 * Session 16: under load the canvas header's role area was once drawn about 350 px tall for a few seconds after a
 * persona was opened. Asked for its height before it had a width (a layout pass that asks at width -1, as an HBox
 * does), the area wrapped its text at 20 px, a word or two a line; the right height came only a pulse later.
 */
class GrowingTextAreaUiTest extends ApplicationTest {
    private static final String ROLE = "begeleidt studenten bij een internationale stage en onderhoudt het contact"
            + " met de stagebedrijven in Duitsland en de studenten die daar zijn";
    private VBox root;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new VBox();
        stage.setScene(new Scene(root, 420, 300));
        stage.show();
    }

    @Test
    void anAreaWithoutAWidthYetAsksForNoMoreThanItNeedsOnceLaidOut() {
        GrowingTextArea[] area = new GrowingTextArea[1];
        double[] before = new double[1];
        interact(() -> {
            area[0] = GrowingTextArea.deferred();
            area[0].setText(ROLE);
            root.getChildren().add(area[0]);
            area[0].applyCss();
            before[0] = area[0].prefHeight(-1);
        });
        UiFixture.waitForLayout();
        double laidOut = area[0].getHeight();
        assertThat(area[0].getWidth()).isEqualTo(420);
        assertThat(laidOut).as("three lines or so at 420 px").isBetween(30.0, 120.0);
        assertThat(before[0]).as("asked before it had a width").isLessThanOrEqualTo(laidOut);
    }
}
