package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.framework.junit5.ApplicationTest;

/** What one test does to its window does not reach the next: the second test gets the window the first would. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UiTestIsolationTest extends ApplicationTest {
    private Stage stage;
    private StackPane root;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        root = new StackPane();
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @Test
    @Order(1)
    void aTestMovesResizesAndMaximisesItsWindowAndLeavesAMenuOpen() {
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1000);
            stage.setHeight(500);
            stage.setMaximized(true);
            ContextMenu menu = new ContextMenu(new MenuItem("Knippen"));
            menu.show(root, 10, 10);
        });
        assertThat(Window.getWindows()).hasSize(2);
    }

    @Test
    @Order(2)
    void theNextTestGetsAFreshWindowSizedToItsSceneAndCentred() {
        interact(() -> {
            assertThat(stage.isMaximized()).isFalse();
            assertThat(stage.isFullScreen()).isFalse();
            assertThat(stage.getWidth()).isEqualTo(400);
            assertThat(stage.getHeight()).isEqualTo(300);
            // Centred on the 1280 x 800 headless screen, as a first window is: not left at 0,0.
            assertThat(stage.getX()).isEqualTo((1280 - 400) / 2.0);
            assertThat(stage.getY()).isGreaterThan(0);
            assertThat(Window.getWindows()).containsExactly(stage);
        });
    }
}
