package nl.personacanvas.ui.controls;

import javafx.scene.control.MenuButton;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.MenuButtonSkin;

/**
 * A menu button that looks and works like any other, but creates JavaFX's menu button skin (with its popup menu,
 * a window with a scene of its own, and its key bindings) only when it is first pressed, focused or opened; until
 * then a light skin draws the same label and arrow (see {@link LabelAndArrowSkin}). For a button that most
 * sessions never use, such as the workbook page's "add core activity" (docs/startup.md). Its items must not carry
 * accelerators (the menu button skin registers those), and its graphic is set before it is shown and then kept: the
 * light skin's label goes on mirroring the button's graphic after it gave way, as a replaced menu button skin's does.
 */
public class DeferredMenuButton extends MenuButton {

    @Override
    protected Skin<?> createDefaultSkin() {
        return isFocused() || isShowing() ? new MenuButtonSkin(this) : new LabelAndArrowSkin(this);
    }
}
