package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * {@link TypedText} gives the control the very key events {@code robot.write} gives it, in the same order, and
 * returns only once they have all been handled.
 */
class TypedTextTest extends ApplicationTest {
    /** Letters, a space, accents, Arabic, a tab and a line break: every kind of key code the robot picks. */
    private static final String TEXT = "Noor é ü\u0639\u0628\u062f\tna\nregel";
    private final List<String> events = new ArrayList<>();
    private TextArea area;

    @Override
    public void start(Stage stage) {
        area = new TextArea();
        area.addEventFilter(KeyEvent.ANY, e -> events.add(e.getEventType() + " " + e.getCode() + " "
                + e.getCharacter().codePointAt(0) + " " + e.getText()));
        stage.setScene(new Scene(new StackPane(area), 300, 200));
        stage.show();
    }

    @Test
    void typesTheSameEventsAsTheRobotsWrite() {
        UiFixture.keyboardTo(this, area);
        write(TEXT);
        List<String> written = new ArrayList<>();
        String[] writtenText = new String[1];
        interact(() -> {
            written.addAll(events);
            writtenText[0] = area.getText();
            area.clear();
            events.clear();
        });

        TypedText.write(this, TEXT);

        // Read straight after the call, off the FX thread: the text is already there.
        assertThat(area.getText()).isEqualTo(writtenText[0]).startsWith("Noor é ü\u0639").endsWith("regel");
        interact(() -> assertThat(events).isEqualTo(written).hasSize(3 * TEXT.length()));
    }
}
