package nl.personacanvas.ui.canvas;

import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.PopOver;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.matrix.AttitudeNames;
import nl.personacanvas.ui.matrix.MatrixLanguageNote;

/**
 * Links one entry by hand to matrix elements or attitudes: a check list of what the matrix says for
 * the persona's activity and the entry's quadrant. Links set here win over automatic matches. Opens
 * with the list focused, so Space checks and Escape closes without a mouse.
 */
final class LinksPopOver extends PopOver {
    private static final int ROW_HEIGHT = 34;

    private final CheckListView<LinkOption> list;
    private Node anchor;

    LinksPopOver(EntryLinksViewModel viewModel, Quadrant quadrant, Messages messages) {
        list = new CheckListView<>(FXCollections.observableArrayList(viewModel.options()));
        list.setId("links-list");
        String title = messages.get("entry.links.title", QuadrantTexts.title(messages, quadrant));
        list.setAccessibleText(title);
        list.setAccessibleHelp(messages.get("link.hint"));
        // An attitude as the window names it: in English its gloss, the matrix's Dutch word beside it.
        AttitudeNames attitudes = new AttitudeNames(messages);
        list.setCellFactory(view -> new OptionCell(list, quadrant == Quadrant.ATTITUDE ? attitudes::nameWithMatrixWord
                : label -> label));
        // Rows of one fixed height, and the list as tall as they are (up to ten and a bit): measured at 30 px for rows of
        // about 34, the ten attitudes of a matrix activity scrolled for their last few pixels (session 28).
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefSize(460, Math.min(390, 4 + ROW_HEIGHT * viewModel.options().size()));
        viewModel.options().stream().filter(viewModel::isLinked).forEach(list.getCheckModel()::check);
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<LinkOption>) c ->
                viewModel.link(list.getCheckModel().getCheckedItems()));
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            LinkOption focused = list.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && focused != null) {
                toggle(list, focused);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                // The list would take Escape for itself (to cancel an edit); here it means done.
                hide();
                e.consume();
            }
        });
        // Nothing here takes text, and a character the list leaves (the space that checks an option) would go
        // on to the note under the popover, which has the focus in the main window, and be typed there.
        list.addEventFilter(KeyEvent.KEY_TYPED, KeyEvent::consume);

        Label heading = new Label(title);
        heading.getStyleClass().add("links-title");
        Label hint = new Label(messages.get("link.hint"));
        hint.getStyleClass().add("links-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        Label quoted = MatrixLanguageNote.label("links-matrix-note", messages);
        quoted.setMaxWidth(460);
        VBox content = new VBox(6, heading, list, hint, quoted);
        content.getStyleClass().add("links-popover");
        setContentNode(content);
        setDetachable(false);
        // Where it is first measured: left of the button, the side it opens on unless the screen's edge is in the way.
        setArrowLocation(ArrowLocation.RIGHT_TOP);
        // The list's cells may make it taller after the first pulse.
        heightProperty().addListener((obs, was, now) -> Platform.runLater(this::keepWhole));
    }

    /**
     * Shows the popover beside {@code anchor}, the note's links button, with its arrow at the button: where it lies
     * and where its arrow sits are chosen before it is shown ({@link PopOverPlacement}), so it does not jump once
     * shown. Opened from a note low in the window it opens upwards; near the screen's left edge on the button's right.
     */
    void showBeside(Node anchor) {
        this.anchor = anchor;
        Node outline = laidOutBeforeShowing(anchor.getScene());
        Dimension2D size = new Dimension2D(outline.getLayoutBounds().getWidth(), outline.getLayoutBounds().getHeight());
        PopOverPlacement place = placement(size, shadow(outline));
        setArrowLocation(place.arrow());
        setArrowIndent(place.indent());
        Point2D tip = place.tip(size, getArrowSize(), getCornerRadius());
        show(anchor, tip.getX(), tip.getY());
        moveTo(place);
        list.requestFocus();
        if (!list.getItems().isEmpty()) {
            list.getFocusModel().focus(0);
            list.getSelectionModel().select(0);
        }
    }

    /**
     * How far the popover's drawing (its drop shadow, and the arrow on its side) reaches beyond its box: measured on
     * the box itself, the same before it shows and after.
     */
    private Insets shadow(Node outline) {
        Bounds box = outline.localToParent(outline.getLayoutBounds());
        Bounds drawn = outline.getBoundsInParent();
        // The arrow sticks out on one side only, and which side is what is being chosen: left out of the measure.
        boolean arrowRight = getArrowLocation() == ArrowLocation.RIGHT_TOP
                || getArrowLocation() == ArrowLocation.RIGHT_BOTTOM;
        double right = drawn.getMaxX() - box.getMaxX() - (arrowRight ? getArrowSize() : 0);
        double left = box.getMinX() - drawn.getMinX() - (arrowRight ? 0 : getArrowSize());
        return new Insets(Math.max(0, box.getMinY() - drawn.getMinY()), Math.max(0, right),
                Math.max(0, drawn.getMaxY() - box.getMaxY()), Math.max(0, left));
    }

    /**
     * The popover's box, styled and laid out as it will be shown. A popup takes its owner's style sheets only when it
     * shows; they are copied here so that the size measured now is the size shown.
     */
    private Node laidOutBeforeShowing(Scene owner) {
        getScene().getStylesheets().setAll(owner.getStylesheets());
        getScene().getRoot().applyCss();
        getScene().getRoot().layout();
        return getSkin().getNode();
    }

    /** Where the popover goes for a box of this size, its window reaching {@code shadow} beyond it. */
    private PopOverPlacement placement(Dimension2D box, Insets shadow) {
        Bounds button = anchor.localToScreen(anchor.getBoundsInLocal());
        Window window = anchor.getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        return PopOverPlacement.of(button, box, shadow, screen, room(window, screen,
                box.getHeight() + shadow.getTop() + shadow.getBottom()), getArrowSize(), getCornerRadius());
    }

    /**
     * ControlsFX places a shown popover by its own rule, which misses at the foot by the content's padding: the
     * window is put where the box lies as planned. From the box's place in the window, which does not move with it
     * (a moved popup reports its new place only later, and a second correction read from the screen would double
     * the first). By its anchor, the window's top left corner: a popup keeps its anchor when its size changes and
     * would undo a plain move.
     */
    private void moveTo(PopOverPlacement place) {
        Node outline = getSkin().getNode();
        Bounds box = outline.localToScene(outline.getLayoutBounds());
        double x = place.x() - getScene().getX() - box.getMinX();
        double y = place.y() - getScene().getY() - box.getMinY();
        if (Math.abs(x - getAnchorX()) > 0.5) {
            setAnchorX(x);
        }
        if (Math.abs(y - getAnchorY()) > 0.5) {
            setAnchorY(y);
        }
    }

    /**
     * The list grew after showing (its cells): placed again for its new height. Only if that moves the arrow does
     * ControlsFX place the popover anew; measured before the first show, the height normally stays as it was.
     */
    private void keepWhole() {
        if (!isShowing() || anchor == null || anchor.getScene() == null || getSkin() == null) {
            return;
        }
        if (anchor.localToScreen(anchor.getBoundsInLocal()) == null) {
            return;
        }
        Node outline = getSkin().getNode();
        PopOverPlacement place = placement(new Dimension2D(outline.getLayoutBounds().getWidth(),
                outline.getLayoutBounds().getHeight()), shadow(outline));
        if (place.arrow() != getArrowLocation() || place.indent() != getArrowIndent()) {
            setArrowLocation(place.arrow());
            setArrowIndent(place.indent());
        }
        moveTo(place);
    }

    /** The window's height on its screen; the screen's when the popover is taller than the window. */
    private static Rectangle2D room(Window window, Rectangle2D screen, double height) {
        double top = Math.max(screen.getMinY(), window.getY());
        double bottom = Math.min(screen.getMaxY(), window.getY() + window.getHeight());
        return height <= bottom - top ? new Rectangle2D(screen.getMinX(), top, screen.getWidth(), bottom - top)
                : screen;
    }

    private static void toggle(CheckListView<LinkOption> list, LinkOption option) {
        if (list.getCheckModel().isChecked(option)) {
            list.getCheckModel().clearCheck(option);
        } else {
            list.getCheckModel().check(option);
        }
    }

    /** The short label, with the study's own words as a tooltip. */
    private static final class OptionCell extends CheckBoxListCell<LinkOption> {
        OptionCell(CheckListView<LinkOption> list, UnaryOperator<String> named) {
            super(list::getItemBooleanProperty, new StringConverter<>() {
                @Override
                public String toString(LinkOption option) {
                    // The label only: the matrix id ("A2.attitude.1") is the file's, not the user's.
                    return option == null ? "" : named.apply(option.label());
                }

                @Override
                public LinkOption fromString(String text) {
                    throw new UnsupportedOperationException("Options are not typed in");
                }
            });
        }

        @Override
        public void updateItem(LinkOption item, boolean empty) {
            super.updateItem(item, empty);
            setTooltip(empty || item == null || item.excerpt().isEmpty() ? null : new Tooltip(item.excerpt()));
        }
    }
}
