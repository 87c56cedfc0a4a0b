package nl.personacanvas.ui.canvas;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

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
}
