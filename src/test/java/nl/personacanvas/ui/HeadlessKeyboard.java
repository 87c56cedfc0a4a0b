package nl.personacanvas.ui;

import java.lang.reflect.Method;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Which window a headless (Monocle) key press goes to, and a guard that keeps it where a desktop would.
 *
 * <p>Monocle sends every key to the window it last gave the focus, and it gives the focus only when JavaFX asks: a
 * window being shown, {@code Window.requestFocus()}, and an owned window being hidden (JavaFX then hands the focus
 * back to the owner). A click does not move it, and it never tells a window it lost the focus, so
 * {@code Window.isFocused()} stays true on every window that once had it and proves nothing. Measured (session 23,
 * a probe of stages A, B owned by A, C without owner):
 * <ul>
 * <li>hiding B while C, shown after it, is in front sends the keys to A, not to C: whatever a test types next
 *     lands in the window behind;</li>
 * <li>hiding C, which has no owner, leaves the keys on C, closed: they are dropped until a window is shown.</li>
 * </ul>
 * In the suite these two happen when a window closes late (a dialog closed from a task's callback, a window a
 * test hid while another showed), and under load that is sometimes between a test giving the keyboard to its window
 * and its key press. {@link #guard()} undoes just those two hand-overs, as a window manager would: a hidden window
 * takes the keyboard along only if it held it, and then to the window in front.
 */
public final class HeadlessKeyboard {
    private static final ListChangeListener<Window> WATCH_NEW_WINDOWS = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(HeadlessKeyboard::watch);
        }
    };
    private static boolean guarded;
    /** The platform window that held the keyboard as the window now hiding began to hide. */
    private static Object keyboardBeforeHiding;

    private HeadlessKeyboard() {
    }

    /** Whether key presses go through Monocle here (the suite); under Xvfb a real window manager routes them. */
    public static boolean headless() {
        return "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
    }

    /** Installs the guard once per JVM; on the FX thread. */
    public static void guard() {
        if (guarded || !headless()) {
            return;
        }
        guarded = true;
        Window.getWindows().forEach(HeadlessKeyboard::watch);
        Window.getWindows().addListener(WATCH_NEW_WINDOWS);
    }

    private static void watch(Window window) {
        if (!(window instanceof PopupWindow) && window.getProperties().putIfAbsent(HeadlessKeyboard.class, true) == null) {
            window.addEventHandler(WindowEvent.WINDOW_HIDING, e -> keyboardBeforeHiding = target());
            window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> afterHidden(window));
        }
    }

    /** Whether the next key press goes to {@code window}; on the FX thread. Always true when not headless. */
    public static boolean holds(Window window) {
        return !headless() || (window.isShowing() && target() == platformWindow(window));
    }

    private static void afterHidden(Window hidden) {
        Object before = keyboardBeforeHiding;
        keyboardBeforeHiding = null;
        Object now = target();
        Object hiddenPlatform = platformWindow(hidden);
        Window front = front();
        if (front == null) {
            return;
        }
        boolean heldByHidden = before == null || before == hiddenPlatform;
        boolean dropped = now == null || now == hiddenPlatform || !visible(now);
        boolean takenBack = !heldByHidden && before != now && visible(before);
        if (dropped && heldByHidden) {
            // It held the keyboard and had no owner to give it to: the window in front takes it, as on a desktop.
            System.err.println("HeadlessKeyboard: hiding " + describe(hidden) + " dropped the keyboard; given to "
                    + describe(front));
            front.requestFocus();
        } else if (takenBack) {
            // It did not hold the keyboard, yet hiding it gave the owner the keyboard: back to where it was.
            Window previous = Window.getWindows().stream().filter(w -> platformWindow(w) == before).findFirst().orElse(null);
            if (previous != null) {
                System.err.println("HeadlessKeyboard: hiding " + describe(hidden) + " took the keyboard from "
                        + describe(previous) + "; given back");
                previous.requestFocus();
            }
        }
    }

    /** The showing window shown last, not a popup: where a desktop puts the keyboard when the one holding it closes. */
    private static Window front() {
        List<Window> windows = List.copyOf(Window.getWindows());
        for (int i = windows.size() - 1; i >= 0; i--) {
            Window w = windows.get(i);
            if (w.isShowing() && !(w instanceof PopupWindow)) {
                return w;
            }
        }
        return null;
    }

    static String describe(Window window) {
        String title = window instanceof Stage stage ? " \"" + stage.getTitle() + "\"" : "";
        return window.getClass().getSimpleName() + title;
    }

    /** Monocle's focused window (a {@code com.sun.glass.ui.Window}), or null. */
    private static Object target() {
        try {
            Class<?> manager = Class.forName("com.sun.glass.ui.monocle.MonocleWindowManager");
            Method instance = manager.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            Method focused = manager.getDeclaredMethod("getFocusedWindow");
            focused.setAccessible(true);
            return focused.invoke(instance.invoke(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Monocle's window manager is not where this test support expects it", e);
        }
    }

    private static Object platformWindow(Window window) {
        try {
            Object peer = Class.forName("com.sun.javafx.stage.WindowHelper").getMethod("getPeer", Window.class)
                    .invoke(null, window);
            if (peer == null) {
                return null;
            }
            Method platform = Class.forName("com.sun.javafx.tk.quantum.WindowStage").getMethod("getPlatformWindow");
            platform.setAccessible(true);
            return platform.invoke(peer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's window peer is not where this test support expects it", e);
        }
    }

    private static boolean visible(Object platformWindow) {
        try {
            return platformWindow != null && (boolean) Class.forName("com.sun.glass.ui.Window").getMethod("isVisible")
                    .invoke(platformWindow);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
