package nl.personacanvas.ui;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Where a headless key press lands after a window closes: in the window in front, as on a desktop, whether the window
 * that closed held the keyboard or not (see {@link HeadlessKeyboard}; without the guard the first press below went to
 * the main window and the second was dropped).
 */
class HeadlessKeyboardTest extends ApplicationTest {
    private final List<String> pressed = new CopyOnWriteArrayList<>();
    private Stage main;

    @Override
    public void start(Stage stage) {
        main = stage;
        stage.setScene(scene("main"));
        stage.show();
    }

    private Scene scene(String name) {
        StackPane root = new StackPane(new TextField());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed.add(name + " " + e.getCode()));
        return new Scene(root, 200, 120);
    }

    private Stage stage(String name, Stage owner) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setScene(scene(name));
        return stage;
    }

    @Test
    void anOwnedWindowClosingBehindAnotherLeavesTheKeyboardInFront() {
        Assumptions.assumeTrue(HeadlessKeyboard.headless());
        Stage[] windows = new Stage[2];
        interact(() -> {
            windows[0] = stage("behind", main);
            windows[0].show();
            windows[1] = stage("front", main);
            windows[1].show();
        });
        interact(() -> windows[0].hide());
        interact(() -> assertThat(HeadlessKeyboard.holds(windows[1])).isTrue());

        push(KeyCode.A);

        waitUntil(() -> !pressed.isEmpty());
        assertThat(pressed).containsExactly("front A");
    }

    @Test
    void aWindowWithoutOwnerClosingWithTheKeyboardHandsItToTheWindowInFront() {
        Assumptions.assumeTrue(HeadlessKeyboard.headless());
        Stage[] other = new Stage[1];
        interact(() -> {
            other[0] = stage("other", null);
            other[0].show();
        });
        interact(() -> assertThat(HeadlessKeyboard.holds(other[0])).isTrue());
        interact(() -> other[0].hide());

        push(KeyCode.B);

        waitUntil(() -> !pressed.isEmpty());
        assertThat(pressed).containsExactly("main B");
    }
}
