package nl.personacanvas.ui.controls;

import com.sun.javafx.scene.control.LabeledImpl;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.MenuButtonSkin;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * Draws a menu button as JavaFX's {@link MenuButtonSkin} does, without its popup menu and key bindings: the same
 * label (JavaFX's own label that mirrors the button's text, graphic and text styles, which the menu button skin
 * uses too) and arrow, with the same style classes, sizes and layout, until the menu button skin takes over
 * ({@link StandInSkin}).
 */
final class LabelAndArrowSkin extends StandInSkin<MenuButton> {
    private final LabeledImpl label;
    private final StackPane arrowButton = new StackPane();

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
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        // The graphic is the button's: the menu skin's label shows it now.
        label.setGraphic(null);
        getChildren().removeAll(label, arrowButton);
        super.dispose();
    }

    @Override
    protected Skin<?> ownSkin() {
        return new MenuButtonSkin(getSkinnable());
    }

    @Override
    protected ReadOnlyBooleanProperty showingProperty() {
        return getSkinnable().showingProperty();
    }

    @Override
    protected void reopen(MenuButton control) {
        control.hide();
        control.show();
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
    protected void layoutChildren(double x, double y, double w, double h) {
        double arrowWidth = snapSizeX(arrowButton.prefWidth(-1));
        label.resizeRelocate(x, y, w - arrowWidth, h);
        arrowButton.resizeRelocate(x + (w - arrowWidth), y, arrowWidth, h);
    }
}
