package nl.personacanvas.ui.check;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import nl.personacanvas.ui.Messages;

/**
 * The right-hand side of the editor: the check panel and the matrix reference as two tabs. The main
 * view folds it away (Beeld > Zijpaneel).
 */
public final class SidePanelView extends TabPane {

    public SidePanelView(Node checkPanel, Node matrixReference, Messages messages) {
        setId("side-tabs");
        getStyleClass().add("side-panel");
        Tab check = new Tab(messages.get("side.check"), checkPanel);
        check.setId("tab-check");
        Tab matrix = new Tab(messages.get("side.matrix"), matrixReference);
        matrix.setId("tab-matrix");
        getTabs().addAll(check, matrix);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinWidth(220);
    }
}
