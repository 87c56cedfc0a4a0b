package nl.personacanvas.ui.controls;

import com.sun.javafx.scene.control.LabeledImpl;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SkinBase;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Draws a menu button as JavaFX's {@link MenuButtonSkin} does, without its popup menu and key bindings: the same
 * label (JavaFX's own label that mirrors the button's text, graphic and text styles, which the menu button skin
 * uses too) and arrow, with the same style classes, sizes and layout. The menu button skin takes over as soon as
 * the button is pressed (before the press reaches it), gets the focus (Tab, code) or is opened (code, a screen
 * reader's action), so the button then works as one with that skin from the start.
 */
final class LabelAndArrowSkin extends SkinBase<MenuButton> {
    private final LabeledImpl label;
    private final StackPane arrowButton = new StackPane();
    private final EventHandler<MouseEvent> press = e -> useMenuSkin();
    private final ChangeListener<Boolean> focus = (obs, was, focused) -> {
        if (focused) {
            useMenuSkin();
        }
    };
    /** Opened from code before the menu skin existed: that skin opens its menu when showing changes, so again. */
    private final ChangeListener<Boolean> showing = (obs, was, shown) -> {
        if (shown) {
            MenuButton button = getSkinnable();
            useMenuSkin();
            button.hide();
            button.show();
        }
    };

    LabelAndArrowSkin(MenuButton button) {
        super(button);
        label = new LabeledImpl(button);
        label.setMnemonicParsing(button.isMnemonicParsing());
        label.setLabelFor(button);
        StackPane arrow = new StackPane();
        arrow.getStyleClass().setAll("arrow");
        arrow.setMaxWidth(Region.USE_PREF_SIZE);
        arrow.setMaxHeight(Region.USE_PREF_SIZE);
        arrowButton.getStyleClass().setAll("arrow-button");
        arrowButton.getChildren().add(arrow);
        // A press lands on the button itself, not on a child that the menu button skin replaces: the release
        // goes where the press went, and a child gone from the scene would swallow it.
        label.setMouseTransparent(true);
        arrowButton.setMouseTransparent(true);
        getChildren().setAll(label, arrowButton);
    }

    @Override
    public void install() {
        super.install();
        MenuButton button = getSkinnable();
        button.addEventFilter(MouseEvent.MOUSE_PRESSED, press);
        button.focusedProperty().addListener(focus);
        button.showingProperty().addListener(showing);
    }

    @Override
    public void dispose() {
        MenuButton button = getSkinnable();
        if (button == null) {
            return;
        }
        button.removeEventFilter(MouseEvent.MOUSE_PRESSED, press);
        button.focusedProperty().removeListener(focus);
        button.showingProperty().removeListener(showing);
        // The graphic is the button's: the menu skin's label shows it now.
        label.setGraphic(null);
        getChildren().removeAll(label, arrowButton);
        super.dispose();
    }

    /** The menu button skin in place, styled and laid out, so that a press being delivered lands on it. */
    private void useMenuSkin() {
        MenuButton button = getSkinnable();
        button.setSkin(new MenuButtonSkin(button));
        button.applyCss();
        button.layout();
    }

    // Sizes and layout as in MenuButtonSkinBase: the label, then the arrow button at its preferred width.

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        return leftInset + label.minWidth(height) + snapSizeX(arrowButton.minWidth(height)) + rightInset;
    }

    @Override
    protected double computeMinHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return topInset + Math.max(label.minHeight(width), snapSizeY(arrowButton.minHeight(-1))) + bottomInset;
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return leftInset + label.prefWidth(height) + snapSizeX(arrowButton.prefWidth(height)) + rightInset;
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        return topInset + Math.max(label.prefHeight(width), snapSizeY(arrowButton.prefHeight(-1))) + bottomInset;
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

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double arrowWidth = snapSizeX(arrowButton.prefWidth(-1));
        label.resizeRelocate(x, y, w - arrowWidth, h);
        arrowButton.resizeRelocate(x + (w - arrowWidth), y, arrowWidth, h);
    }
}
