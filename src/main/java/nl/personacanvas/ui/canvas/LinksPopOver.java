package nl.personacanvas.ui.canvas;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.PopOver;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;

/**
 * Links one entry by hand to matrix elements or attitudes: a check list of what the matrix says for
 * the persona's activity and the entry's quadrant. Links set here win over automatic matches.
 */
final class LinksPopOver extends PopOver {

    LinksPopOver(CanvasViewModel canvas, EntryViewModel entry, Quadrant quadrant, Messages messages) {
        List<LinkOption> options = canvas.linkOptions(quadrant);
        CheckListView<LinkOption> list = new CheckListView<>(FXCollections.observableArrayList(options));
        list.setId("links-list");
        list.setAccessibleText(messages.get("entry.links.title", QuadrantTexts.title(messages, quadrant)));
        list.setCellFactory(view -> new OptionCell(list));
        list.setPrefSize(460, Math.min(360, 36 + 30 * options.size()));
        for (LinkOption option : options) {
            if (entry.linksProperty().get().contains(option.id())) {
                list.getCheckModel().check(option);
            }
        }
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<LinkOption>) c ->
                canvas.setLinks(entry.id(), options.stream()
                        .filter(o -> list.getCheckModel().isChecked(o)).map(LinkOption::id).toList()));

        Label title = new Label(messages.get("entry.links.title", QuadrantTexts.title(messages, quadrant)));
        title.getStyleClass().add("links-title");
        VBox content = new VBox(6, title, list);
        content.getStyleClass().add("links-popover");
        setContentNode(content);
        setArrowLocation(ArrowLocation.RIGHT_TOP);
        setDetachable(false);
    }

    /** The short label, with the study's own words as a tooltip. */
    private static final class OptionCell extends CheckBoxListCell<LinkOption> {
        OptionCell(CheckListView<LinkOption> list) {
            super(list::getItemBooleanProperty, new StringConverter<>() {
                @Override
                public String toString(LinkOption option) {
                    return option == null ? "" : option.id() + "  " + option.label();
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
