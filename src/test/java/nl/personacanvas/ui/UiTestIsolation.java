package nl.personacanvas.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxService;
import org.testfx.api.FxToolkit;
import org.testfx.toolkit.PrimaryStageApplication;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gives every test that runs after the JavaFX toolkit started a window of its own, as the first UI test in the JVM
 * gets: TestFX hands all tests one primary stage, which kept the size, position and maximised state the test before
 * gave it, so layouts depended on the order the tests ran in. Registered for every test through
 * {@code META-INF/services} (autodetection is on in {@code junit-platform.properties}), so no test has to remember.
 * It also closes any window a test left open (dialogs, popups, tooltips, context menus) and names it on stderr,
 * and fails a test that left a window larger than the headless screen: Monocle's painter then throws
 * BufferOverflowException on every frame, hundreds of stack traces in the log and no failure.
 * Only tests of the {@code ui} packages (where every window test lives) are touched: waiting for the FX thread
 * around each of the merge package's thousand-odd parameterised cases made that test class 2 s -> 68 s in CI.
 */
public final class UiTestIsolation implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!uiTest(context)) {
            return;
        }
        if (!toolkitStarted()) {
            // The first UI test in this JVM: start the toolkit and load the app's screen fonts before any test makes a
            // font, as the app does first thing. JavaFX reads the loaded fonts into a font's fallback only when that
            // font is first made, so a test of a bare control run first would leave emoji as boxes for every later
            // test in the JVM (EmojiNameUiTest failed so in a two-fork CI run). Its primary stage is new anyway.
            FxToolkit.registerPrimaryStage();
            ScreenFonts.awaitLoaded();
            onFxThread(HeadlessKeyboard::guard);
            return;
        }
        onFxThread(() -> {
            HeadlessKeyboard.guard();
            closeOpenWindows(context, "before");
            // A stage that was never sized or placed: it takes its scene's size and centres itself when shown,
            // as the app's own first window does. TestFX's registerPrimaryStage() hands out whatever this
            // future holds; its own primary stage is undecorated, so this one is too.
            Stage fresh = new Stage();
            fresh.initStyle(StageStyle.UNDECORATED);
            fresh.setTitle(PrimaryStageApplication.class.getSimpleName());
            PrimaryStageApplication.PRIMARY_STAGE_FUTURE.obtrudeValue(fresh);
            // TestFX's target window is shared by all tests of the JVM, and robot.write() types into it whenever it
            // ever had the focus: left on the test before's window (hidden now), the characters went to whichever
            // showing window came first. The new test starts on its own window.
            FxService.serviceContext().getWindowFinder().targetWindow(fresh);
        });
    }

    /** Runs straight after the test method, before TestFX hides the windows. */
    @Override
    public void afterTestExecution(ExtensionContext context) throws Exception {
        if (uiTest(context) && toolkitStarted()) {
            onFxThread(UiTestIsolation::assertWindowsFitTheScreen);
        }
    }

    private static void assertWindowsFitTheScreen() {
        Rectangle2D screen = Screen.getPrimary().getBounds();
        for (Window window : Window.getWindows()) {
            if (window.getWidth() > screen.getWidth() || window.getHeight() > screen.getHeight()) {
                throw new AssertionError(describe(window) + " is " + window.getWidth() + " x " + window.getHeight()
                        + ", larger than the headless screen (" + screen.getWidth() + " x " + screen.getHeight()
                        + "): Monocle cannot paint it");
            }
        }
    }

    /** Runs after TestFX's own clean-up, so a window still showing here was left by the test or opened later. */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (uiTest(context) && toolkitStarted()) {
            WaitForAsyncUtils.waitForFxEvents();
            onFxThread(() -> closeOpenWindows(context, "after"));
        }
    }

    private static boolean uiTest(ExtensionContext context) {
        return context.getRequiredTestClass().getPackageName().startsWith(UiTestIsolation.class.getPackageName());
    }

    private static boolean toolkitStarted() {
        return PrimaryStageApplication.PRIMARY_STAGE_FUTURE.isDone();
    }

    private static void closeOpenWindows(ExtensionContext context, String when) {
        List<Window> open = new ArrayList<>(Window.getWindows());
        if (open.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (Window window : open) {
            names.add(describe(window));
            window.hide();
        }
        System.err.println("UiTestIsolation: closed " + names + " " + when + " " + context.getDisplayName()
                + " in " + context.getRequiredTestClass().getSimpleName());
        if (!Window.getWindows().isEmpty()) {
            throw new AssertionError("Windows still open after hiding them: " + Window.getWindows());
        }
    }

    private static String describe(Window window) {
        String title = window instanceof Stage stage ? " \"" + stage.getTitle() + "\"" : "";
        return window.getClass().getSimpleName() + title;
    }

    private static void onFxThread(Runnable action) throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
