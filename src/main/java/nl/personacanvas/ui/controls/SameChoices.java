package nl.personacanvas.ui.controls;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Skin;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.skin.ChoiceBoxSkin;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * Choice boxes that offer the same values with the same names (the activity group on each row of the workbook
 * page) and measure their menu once between them. A choice box is as wide as its menu, so it never changes
 * width with its value; JavaFX's skin gets that width by styling and laying out the box's own popup menu, a
 * window of its own with a style cache of its own: for four rows that was a tenth of the window's first frame
 * (docs/startup.md). Here one menu with the same items and the same style class and ids as a choice box's menu
 * is measured for all of them, and each box gets JavaFX's skin with its own menu only when it is first pressed,
 * focused or opened; until then {@link ClosedChoiceSkin} draws it.
 */
public final class SameChoices<T> {
    private final List<T> values;
    private final StringConverter<T> names;
    private ContextMenu measured;

    public SameChoices(List<T> values, StringConverter<T> names) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A choice box needs values to choose from");
        }
        this.values = List.copyOf(values);
        this.names = names;
    }

    /** A choice box of these values, as wide as a choice box with JavaFX's skin would be. */
    public ChoiceBox<T> newChoiceBox() {
        ChoiceBox<T> box = new Box<>(this);
        box.getItems().setAll(values);
        box.setConverter(names);
        return box;
    }

    double menuMinWidth() {
        return menu().minWidth(-1);
    }

    double menuPrefWidth() {
        return menu().prefWidth(-1);
    }

    /** The menu as {@link ChoiceBoxSkin} builds it: a radio item per value, one of them checked. */
    private ContextMenu menu() {
        if (measured == null) {
            measured = new ContextMenu();
            measured.setId("choice-box-popup-menu");
            ToggleGroup group = new ToggleGroup();
            for (T value : values) {
                RadioMenuItem item = new RadioMenuItem(names.toString(value));
                item.setId("choice-box-menu-item");
                item.setMnemonicParsing(false);
                item.setToggleGroup(group);
                measured.getItems().add(item);
            }
            group.selectToggle(group.getToggles().get(0));
        }
        return measured;
    }

    private static final class Box<T> extends ChoiceBox<T> {
        private final SameChoices<T> choices;

        Box(SameChoices<T> choices) {
            this.choices = choices;
        }

        @Override
        protected Skin<?> createDefaultSkin() {
            if (isFocused() || isShowing()) {
                return new MenuSkin<>(this, choices);
            }
            return new ClosedChoiceSkin<>(this, choices, () -> new MenuSkin<>(this, choices));
        }
    }

    /**
     * JavaFX's choice box skin with the menu's width from the shared measurement: the same sum as
     * {@link ChoiceBoxSkin#computeMinWidth} and {@code computePrefWidth}, the box's label and arrow or the menu,
     * whichever is wider.
     */
    private static final class MenuSkin<T> extends ChoiceBoxSkin<T> {
        private final SameChoices<T> choices;

        MenuSkin(ChoiceBox<T> box, SameChoices<T> choices) {
            super(box);
            this.choices = choices;
        }

        @Override
        protected double computeMinWidth(double height, double topInset, double rightInset, double bottomInset,
                                         double leftInset) {
            double box = label().minWidth(-1) + openButton().minWidth(-1);
            return leftInset + Math.max(box, choices.menuMinWidth()) + rightInset;
        }

        @Override
        protected double computePrefWidth(double height, double topInset, double rightInset, double bottomInset,
                                          double leftInset) {
            double box = label().prefWidth(-1) + openButton().prefWidth(-1);
            return leftInset + Math.max(box, choices.menuPrefWidth()) + rightInset;
        }

        /** The skin's children: the label showing the value, then the open button with the arrow. */
        private Label label() {
            return (Label) getChildren().get(0);
        }

        private Region openButton() {
            return (Region) getChildren().get(1);
        }
    }
}
