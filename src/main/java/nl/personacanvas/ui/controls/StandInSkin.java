package nl.personacanvas.ui.controls;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;

/**
 * A light skin that draws a closed control the way its own skin does and puts that skin in place as soon as
 * the control is pressed (before the press reaches it), gets the focus (Tab, code) or is opened (code, a
 * screen reader's action), so the control then works as one with its own skin from the start. The own skins
 * of choice boxes and menu buttons each make a popup window with a scene of its own, which a window full of
 * them pays for before its first frame.
 */
abstract class StandInSkin<C extends Control> extends SkinBase<C> {
    private final EventHandler<MouseEvent> press = e -> useOwnSkin();
    private final ChangeListener<Boolean> focus = (obs, was, focused) -> {
        if (focused) {
            useOwnSkin();
        }
    };
    /** Opened from code before the own skin existed: that skin opens its popup when showing changes, so again. */
    private final ChangeListener<Boolean> showing = (obs, was, shown) -> {
        if (shown) {
            C control = getSkinnable();
            useOwnSkin();
            reopen(control);
        }
    };

    protected StandInSkin(C control) {
        super(control);
    }

    /** The control's own skin, new. */
    protected abstract Skin<?> ownSkin();

    protected abstract ReadOnlyBooleanProperty showingProperty();

    /**
     * Hides and shows the control's popup again, now through its own skin (this skin is disposed by then,
     * so the control is passed in).
     */
    protected abstract void reopen(C control);

    @Override
    public void install() {
        super.install();
        C control = getSkinnable();
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, press);
        control.focusedProperty().addListener(focus);
        showingProperty().addListener(showing);
    }

    @Override
    public void dispose() {
        C control = getSkinnable();
        if (control == null) {
            return;
        }
        control.removeEventFilter(MouseEvent.MOUSE_PRESSED, press);
        control.focusedProperty().removeListener(focus);
        showingProperty().removeListener(showing);
        super.dispose();
    }

    /** The own skin in place, styled and laid out, so that a press being delivered lands on it. */
    private void useOwnSkin() {
        C control = getSkinnable();
        control.setSkin(ownSkin());
        control.applyCss();
        control.layout();
    }

    @Override
    protected double computeMaxWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        return getSkinnable().prefWidth(height);
    }

    @Override
    protected double computeMaxHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return getSkinnable().prefHeight(width);
    }
}
