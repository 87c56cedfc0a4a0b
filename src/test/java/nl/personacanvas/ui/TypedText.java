package nl.personacanvas.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Types a text as {@code robot.write(text)} does, with one wait for the FX thread at the end instead of one per
 * character.
 *
 * <p>TestFX 4.0.18's {@code WriteRobotImpl.write(String)} fires each character's KEY_PRESSED, KEY_TYPED and
 * KEY_RELEASED on the scene and then calls {@code WaitForAsyncUtils.waitForFxEvents()} (five round trips to the FX
 * thread with a 10 ms sleep after each) and sleeps {@code testfx.robot.write_sleep} (5 ms in the pom): 60 ms or more a
 * character on a quiet machine, several times that under load, and none of it needed where a test only wants the text
 * in a field. Here the same events, made by the same robot calls, are queued in order on the FX thread, which handles
 * them one character after the other as before; the caller resumes once they all have been handled.
 *
 * <p>Not for tests about what happens between keystrokes (undo per typed word, a panel updating while one types,
 * timings): those keep {@code robot.write}.
 */
public final class TypedText {
    private TypedText() {
    }

    /** Types {@code text} into the focused window's focus owner, as {@code robot.write(text)}; returns the robot. */
    public static FxRobot write(FxRobot robot, String text) {
        FxRobotContext context = robot.robotContext();
        Scene scene = targetWindow(context).getScene();
        for (char c : text.toCharArray()) {
            context.getBaseRobot().typeKeyboard(scene, keyCode(c), Character.toString(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    /** The window {@code WriteRobotImpl} types into: a focused one, else TestFX's target window, else the first. */
    private static Window targetWindow(FxRobotContext context) {
        Window window = context.getWindowFinder().window(Window::isFocused);
        if (window == null) {
            window = context.getWindowFinder().targetWindow();
        }
        return window != null ? window : context.getWindowFinder().window(0);
    }

    /** The key code {@code WriteRobotImpl} gives a character: Enter and Tab are keys, every other character none. */
    private static KeyCode keyCode(char c) {
        return switch (c) {
            case '\n' -> KeyCode.ENTER;
            case '\t' -> KeyCode.TAB;
            default -> KeyCode.UNDEFINED;
        };
    }
}
