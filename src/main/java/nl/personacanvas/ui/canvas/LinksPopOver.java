package nl.personacanvas.ui.canvas;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
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

/**
 * Links one entry by hand to matrix elements or attitudes: a check list of what the matrix says for
 * the persona's activity and the entry's quadrant. Links set here win over automatic matches. Opens
 * with the list focused, so Space checks and Escape closes without a mouse.
 */
final class LinksPopOver extends PopOver {
    /** ControlsFX's own distance between the arrow and the popover's corner, where nothing needs moving. */
    private static final double INDENT = 12;
    private Node anchor;

    LinksPopOver(EntryLinksViewModel viewModel, Quadrant quadrant, Messages messages) {
        CheckListView<LinkOption> list = new CheckListView<>(FXCollections.observableArrayList(viewModel.options()));
        list.setId("links-list");
        String title = messages.get("entry.links.title", QuadrantTexts.title(messages, quadrant));
        list.setAccessibleText(title);
        list.setAccessibleHelp(messages.get("link.hint"));
        list.setCellFactory(view -> new OptionCell(list));
        list.setPrefSize(460, Math.min(360, 36 + 30 * viewModel.options().size()));
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
        VBox content = new VBox(6, heading, list, hint);
        content.getStyleClass().add("links-popover");
        setContentNode(content);
        setArrowLocation(ArrowLocation.RIGHT_TOP);
        setDetachable(false);
        // The list's cells may make it taller after the first pulse.
        heightProperty().addListener((obs, was, now) -> Platform.runLater(this::keepWhole));
        setOnShown(e -> {
            // Once shown its height is known: a popover that passes the bottom opens upwards instead.
            Platform.runLater(this::keepWhole);
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
                list.getSelectionModel().select(0);
            }
        });
    }

    /**
     * Shows the popover to the left of {@code anchor}. Opened downwards from a note low in the window, it reached
     * past the window's bottom (and the screen's): then it opens upwards, its arrow at its foot beside the note, and
     * where even that does not fit it is shifted to lie within the window, or at least the screen. Wherever it ends
     * up, its arrow is put where it points at the anchor (session 13 left it at the top or foot it was opened with,
     * pointing above or below the note once the popover had been shifted).
     */
    void showBeside(Node anchor) {
        this.anchor = anchor;
        setArrowLocation(ArrowLocation.RIGHT_TOP);
        setArrowIndent(INDENT);
        show(anchor);
    }

    private void keepWhole() {
        if (!isShowing() || anchor == null || anchor.getScene() == null || getSkin() == null) {
            return;
        }
        Bounds button = anchor.localToScreen(anchor.getBoundsInLocal());
        Node outline = getSkin().getNode();
        Bounds box = outline.localToScreen(outline.getLayoutBounds());
        if (button == null || box == null) {
            return;
        }
        Rectangle2D room = room(anchor.getScene().getWindow());
        double target = button.getCenterY();
        double inset = box.getMinY() - getY();
        double reach = getCornerRadius() + INDENT + getArrowSize();
        // Downwards from the anchor (the arrow near the top); upwards (near the foot) where that passes the bottom;
        // else shifted into the room, the top kept when it is taller than the room.
        double y = target - reach - inset;
        if (y + getHeight() > room.getMaxY()) {
            y = target + reach - box.getHeight() - inset;
        }
        y = Math.max(room.getMinY(), Math.min(y, room.getMaxY() - getHeight()));
        // ControlsFX shows the popover anew when its arrow changes, placed by the arrow's own rule (which misses
        // by the content's padding at the foot): the arrow first, then the place.
        double x = getAnchorX();
        aimAt(target - (y + inset), box.getHeight());
        // Shown anew, ControlsFX moves it sideways by its width once more than on the first show (it adjusts twice).
        if (getAnchorX() != x) {
            setAnchorX(x);
        }
        // By its anchor: a popup keeps its anchor when its size changes and would undo a plain move.
        if (Math.abs(y - getY()) > 0.5) {
            setAnchorY(y);
        }
    }

    /**
     * Puts the arrow's point {@code tip} px below the outline's top: counted from the nearer end, as ControlsFX
     * draws it (corner, indent, arrow), so the indent never makes the popover taller than it is.
     */
    private void aimAt(double tip, double height) {
        boolean upper = tip <= height / 2;
        double fromEnd = upper ? tip : height - tip;
        setArrowLocation(upper ? ArrowLocation.RIGHT_TOP : ArrowLocation.RIGHT_BOTTOM);
        // Whole pixels: an indent that changes by a rounding error alone would show the popover anew.
        setArrowIndent(Math.max(0, Math.round(fromEnd - getCornerRadius() - getArrowSize())));
    }

    /** The window's area on its screen; the screen alone when the popover is taller than the window. */
    private Rectangle2D room(Window window) {
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double top = Math.max(screen.getMinY(), window.getY());
        double bottom = Math.min(screen.getMaxY(), window.getY() + window.getHeight());
        return getHeight() <= bottom - top ? new Rectangle2D(screen.getMinX(), top, screen.getWidth(), bottom - top)
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
        OptionCell(CheckListView<LinkOption> list) {
            super(list::getItemBooleanProperty, new StringConverter<>() {
                @Override
                public String toString(LinkOption option) {
                    // The label only: the matrix id ("A2.attitude.1") is the file's, not the user's.
                    return option == null ? "" : option.label();
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
