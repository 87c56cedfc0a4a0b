package nl.personacanvas.ui.controls;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

/**
 * Draws a closed choice box as {@link ChoiceBoxSkin} does, without its popup menu (a window with a scene of its
 * own) and key bindings: the value's name in the same label and the arrow in the same open button, with the same
 * style classes, sizes and layout, as wide as the menu measured by {@link SameChoices}, until the choice box
 * skin takes over ({@link StandInSkin}).
 */
final class ClosedChoiceSkin<T> extends StandInSkin<ChoiceBox<T>> {
    private final SameChoices<T> choices;
    private final Supplier<Skin<?>> choiceSkin;
    private final Label label = new Label();
    private final StackPane openButton = new StackPane();
    private final InvalidationListener showValue = obs -> showValue();

    ClosedChoiceSkin(ChoiceBox<T> box, SameChoices<T> choices, Supplier<Skin<?>> choiceSkin) {
        super(box);
        this.choices = choices;
        this.choiceSkin = choiceSkin;
        label.setMnemonicParsing(false);
        openButton.getStyleClass().setAll("open-button");
        StackPane arrow = new StackPane();
        arrow.getStyleClass().setAll("arrow");
        openButton.getChildren().add(arrow);
        // A press lands on the box itself, not on a child that the choice box skin replaces: the release that
        // opens the menu goes where the press went, and a child gone from the scene would swallow it.
        label.setMouseTransparent(true);
        openButton.setMouseTransparent(true);
        getChildren().setAll(label, openButton);
        showValue();
    }

    @Override
    public void install() {
        super.install();
        ChoiceBox<T> box = getSkinnable();
        box.getSelectionModel().selectedIndexProperty().addListener(showValue);
        showValue();
    }

    @Override
    public void dispose() {
        ChoiceBox<T> box = getSkinnable();
        if (box == null) {
            return;
        }
        box.getSelectionModel().selectedIndexProperty().removeListener(showValue);
        getChildren().removeAll(label, openButton);
        super.dispose();
    }

    /** The selected value's name, as the choice box skin takes it from its menu's item; empty when none. */
    private void showValue() {
        ChoiceBox<T> box = getSkinnable();
        List<T> items = box.getItems();
        int index = box.getSelectionModel().getSelectedIndex();
        StringConverter<T> names = box.getConverter();
        if (index < 0 || index >= items.size()) {
            label.setText("");
        } else {
            T value = items.get(index);
            label.setText(names == null ? value == null ? "" : value.toString() : names.toString(value));
        }
    }

    @Override
    protected Skin<?> ownSkin() {
        return choiceSkin.get();
    }

    @Override
    protected ReadOnlyBooleanProperty showingProperty() {
        return getSkinnable().showingProperty();
    }

    @Override
    protected void reopen(ChoiceBox<T> control) {
        control.hide();
        control.show();
    }

    // Sizes and layout as in ChoiceBoxSkin, with the menu's width from the shared measurement.

    @Override
    protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                     double leftInset) {
        double box = label.minWidth(-1) + openButton.minWidth(-1);
        return leftInset + Math.max(box, choices.menuMinWidth()) + rightInset;
    }

    @Override
    protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        double box = label.prefWidth(-1) + openButton.prefWidth(-1);
        return leftInset + Math.max(box, choices.menuPrefWidth()) + rightInset;
    }

    @Override
    protected double computeMinHeight(double width, double topInset, double rightInset, double bottomInset,
                                      double leftInset) {
        return topInset + Math.max(label.minHeight(-1), openButton.minHeight(-1)) + bottomInset;
    }

    @Override
    protected double computePrefHeight(double width, double topInset, double rightInset, double bottomInset,
                                       double leftInset) {
        return topInset + Math.max(label.prefHeight(-1), openButton.prefHeight(-1)) + bottomInset;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double openWidth = openButton.prefWidth(-1);
        label.resizeRelocate(x, y, w, h);
        openButton.resize(openWidth, openButton.prefHeight(-1));
        positionInArea(openButton, (x + w) - openWidth, y, openWidth, h, 0, HPos.CENTER, VPos.CENTER);
    }
}
