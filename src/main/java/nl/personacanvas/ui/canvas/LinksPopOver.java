package nl.personacanvas.ui.canvas;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
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
        setOnShown(e -> {
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getFocusModel().focus(0);
                list.getSelectionModel().select(0);
            }
        });
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
