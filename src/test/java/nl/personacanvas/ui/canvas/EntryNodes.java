package nl.personacanvas.ui.canvas;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Finds the parts of the sticky note showing an entry. */
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
     * The part once its place on screen has stayed the same for a while: the first switch to a persona builds and
     * lays out its canvas over several pulses (longer on a busy machine), and a click aimed while it moves misses.
     */
    static Node settledPart(FxRobot robot, String entryId, String styleClass) {
        Bounds last = null;
        for (int round = 0; round < 100; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            Node node = part(robot, entryId, styleClass);
            Bounds now = WaitForAsyncUtils.waitFor(
                    WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getBoundsInLocal())));
            if (now != null && now.equals(last)) {
                return node;
            }
            last = now;
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("." + styleClass + " of " + entryId + " kept moving for 10 s");
    }
}
