package nl.personacanvas.ui.canvas;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import nl.personacanvas.ui.UiFixture;
import org.testfx.api.FxRobot;

/** Finds the parts of the sticky note showing an entry, and clicks them as a hand does. */
final class EntryNodes {

    private EntryNodes() {
    }

    static Node part(FxRobot robot, String entryId, String styleClass) {
        Node entry = robot.lookup(".entry")
                .match((Node n) -> entryId.equals(n.getProperties().get(EntryView.ENTRY_ID)))
                .query();
        return entry.lookup("." + styleClass);
    }

    /**
     * A click with the button held down while the window lays out and draws twice, as a hand's click lasts longer
     * than a frame. TestFX's own click lets go before the next pulse as a rule, so a layout the press sets off
     * (focus giving a button room) only comes between press and release now and then, on a busy machine.
     */
    static void heldClick(FxRobot robot, Node node) {
        robot.moveTo(node).press(MouseButton.PRIMARY);
        waitForPulses(robot, node.getScene(), 2);
        robot.release(MouseButton.PRIMARY);
    }

    private static void waitForPulses(FxRobot robot, Scene scene, int count) {
        AtomicInteger pulses = new AtomicInteger();
        Runnable counter = () -> {
            pulses.incrementAndGet();
            Platform.requestNextPulse();
        };
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(counter);
            Platform.requestNextPulse();
        });
        UiFixture.waitUntil(() -> pulses.get() >= count);
        robot.interact(() -> scene.removePostLayoutPulseListener(counter));
    }
}
