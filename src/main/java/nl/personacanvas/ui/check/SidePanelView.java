package nl.personacanvas.ui.check;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.personacanvas.ui.Messages;

/**
 * The right-hand side of the editor: the check panel and the matrix reference as two tabs, collapsible
 * to a narrow strip so the canvas can have the room.
 */
public final class SidePanelView extends BorderPane {
    private static final double COLLAPSED_WIDTH = 40;
    /** Below this window width the canvas needs the room more; the panel starts collapsed. */
    private static final double WIDE_WINDOW = 1300;

    private final ToggleButton collapse = new ToggleButton();

    public SidePanelView(Node checkPanel, Node matrixReference, Messages messages) {
        setId("side-panel");
        getStyleClass().add("side-panel");
        Tab check = new Tab(messages.get("side.check"), checkPanel);
        check.setId("tab-check");
        Tab matrix = new Tab(messages.get("side.matrix"), matrixReference);
        matrix.setId("tab-matrix");
        TabPane tabs = new TabPane(check, matrix);
        tabs.setId("side-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        collapse.setId("side-collapse");
        collapse.getStyleClass().add("flat");
        collapse.setTooltip(new Tooltip(messages.get("side.collapse")));
        collapse.setAccessibleText(messages.get("side.collapse"));
        collapse.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                new FontIcon(collapse.isSelected() ? Material2AL.CHEVRON_LEFT : Material2AL.CHEVRON_RIGHT),
                collapse.selectedProperty()));
        collapse.selectedProperty().addListener((obs, was, collapsed) -> {
            tabs.setVisible(!collapsed);
            tabs.setManaged(!collapsed);
            setMaxWidth(collapsed ? COLLAPSED_WIDTH : Double.MAX_VALUE);
            setMinWidth(collapsed ? COLLAPSED_WIDTH : Region.USE_COMPUTED_SIZE);
        });
        VBox strip = new VBox(collapse);
        strip.setAlignment(Pos.TOP_CENTER);
        setLeft(strip);
        setCenter(tabs);
        setMinWidth(COLLAPSED_WIDTH);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old == null && scene != null) {
                if (scene.getWidth() > 0) {
                    setCollapsed(scene.getWidth() < WIDE_WINDOW);
                } else {
                    scene.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was,
                                            Number width) {
                            scene.widthProperty().removeListener(this);
                            setCollapsed(width.doubleValue() < WIDE_WINDOW);
                        }
                    });
                }
            }
        });
    }

    public void setCollapsed(boolean collapsed) {
        collapse.setSelected(collapsed);
    }
}
