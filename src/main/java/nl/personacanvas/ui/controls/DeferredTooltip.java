package nl.personacanvas.ui.controls;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A tooltip created when the pointer first enters its control, not with the control: each tooltip is a popup
 * window with a scene of its own, and a window opens with dozens of them (docs/startup.md). A tooltip shows
 * once the pointer moves over its control, so it works as one installed from the start. Screen readers get
 * the same help text as from a tooltip (a control's accessible help is its tooltip's text).
 */
public final class DeferredTooltip {

    private DeferredTooltip() {
    }

    public static void install(Control control, String text) {
        install(control, Bindings.createStringBinding(() -> text));
    }

    /** A tooltip that follows {@code text}, as the status bar's items do. */
    public static void install(Control control, ObservableStringValue text) {
        control.accessibleHelpProperty().bind(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = new Tooltip();
                tooltip.textProperty().bind(text);
                control.setTooltip(tooltip);
            }
        });
    }
}
