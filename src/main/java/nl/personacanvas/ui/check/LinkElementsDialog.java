package nl.personacanvas.ui.check;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.CheckListView;
import nl.personacanvas.ui.Messages;

/** Links an entry to matrix elements by hand: a check list of the activity's elements and attitudes. */
public final class LinkElementsDialog extends Dialog<List<String>> {

    public LinkElementsDialog(LinkElementsViewModel viewModel, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("link.title"));
        setHeaderText(messages.get("link.header", viewModel.entryText()));
        setResizable(true);
        getDialogPane().setId("link-dialog");

        CheckListView<LinkElementsViewModel.Option> list = new CheckListView<>();
        list.setId("link-list");
        list.setAccessibleText(messages.get("link.title"));
        list.getItems().setAll(viewModel.options());
        StringConverter<LinkElementsViewModel.Option> names = new StringConverter<>() {
            @Override
            public String toString(LinkElementsViewModel.Option option) {
                return option == null ? "" : option.group() + ": " + option.text();
            }

            @Override
            public LinkElementsViewModel.Option fromString(String text) {
                throw new UnsupportedOperationException("The list is not editable");
            }
        };
        list.setCellFactory(lv -> new CheckBoxListCell<>(list::getItemBooleanProperty, names));
        viewModel.options().stream().filter(viewModel::isLinked).forEach(o -> list.getCheckModel().check(o));
        list.setPrefSize(720, 420);

        Label hint = new Label(messages.get("link.hint"));
        hint.setWrapText(true);
        getDialogPane().setContent(new VBox(8, hint, list));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK
                ? viewModel.links(list.getCheckModel().getCheckedItems()) : null);
    }

    /** The new links, or empty when the user cancelled. */
    public Optional<List<String>> ask() {
        return showAndWait();
    }
}
