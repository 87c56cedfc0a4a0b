package nl.personacanvas.ui.canvas;

import javafx.application.Platform;
import javafx.collections.FXCollections;
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
     * where even that does not fit it is shifted to lie within the window, or at least the screen.
     */
    void showBeside(Node anchor) {
        this.anchor = anchor;
        setArrowLocation(ArrowLocation.RIGHT_TOP);
        show(anchor);
    }

    private void keepWhole() {
        if (!isShowing() || anchor == null || anchor.getScene() == null) {
            return;
        }
        Rectangle2D room = room(anchor.getScene().getWindow());
        if (getY() + getHeight() > room.getMaxY() && getArrowLocation() == ArrowLocation.RIGHT_TOP) {
            setArrowLocation(ArrowLocation.RIGHT_BOTTOM);
            show(anchor);
        }
        // By its anchor: a popup keeps its anchor when its size changes and would undo a plain move.
        if (getY() + getHeight() > room.getMaxY()) {
            setAnchorY(getAnchorY() + room.getMaxY() - getHeight() - getY());
        }
        if (getY() < room.getMinY()) {
            setAnchorY(getAnchorY() + room.getMinY() - getY());
        }
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
