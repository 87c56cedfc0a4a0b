package nl.personacanvas.ui.main;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import nl.personacanvas.ui.Messages;

/**
 * The persona list: the workbook itself first, then each core activity with its personas. Tree items
 * are reused by id when the groups change, and the selection is carried over, so renaming a persona
 * or an undo does not jump the list around.
 */
final class PersonaTree extends TreeView<Object> {

    /** The tree row that opens the workbook page. */
    record WorkbookNode(String title) {
    }

    private final PersonaListViewModel viewModel;
    private final TreeItem<Object> workbookItem;
    private final Map<String, TreeItem<Object>> personaItems = new HashMap<>();
    private final Map<String, TreeItem<Object>> groupItems = new HashMap<>();
    private boolean syncing;

    PersonaTree(PersonaListViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        setId("persona-tree");
        setAccessibleText(messages.get("personas.accessible"));
        setShowRoot(false);
        setRoot(new TreeItem<>());
        workbookItem = new TreeItem<>(new WorkbookNode(messages.get("personas.workbook")));
        setCellFactory(tree -> new PersonaTreeCell(messages));

        viewModel.groupsProperty().addListener((obs, old, now) -> rebuild(now));
        viewModel.selectedPersonaIdProperty().addListener((obs, old, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.selectedPersonaIdProperty().set(
                        now != null && now.getValue() instanceof PersonaGroup.PersonaItem p ? p.id() : null);
            }
        });
        rebuild(viewModel.groupsProperty().get());
    }

    private void rebuild(List<PersonaGroup> groups) {
        syncing = true;
        try {
            List<TreeItem<Object>> top = new ArrayList<>();
            top.add(workbookItem);
            Map<String, TreeItem<Object>> keptPersonas = new HashMap<>();
            Map<String, TreeItem<Object>> keptGroups = new HashMap<>();
            for (PersonaGroup group : groups) {
                TreeItem<Object> groupItem = reuse(groupItems, group.activityId(), group);
                groupItem.setExpanded(true);
                keptGroups.put(group.activityId(), groupItem);
                List<TreeItem<Object>> children = new ArrayList<>();
                for (PersonaGroup.PersonaItem item : group.personas()) {
                    TreeItem<Object> ti = reuse(personaItems, item.id(), item);
                    keptPersonas.put(item.id(), ti);
                    children.add(ti);
                }
                if (!groupItem.getChildren().equals(children)) {
                    groupItem.getChildren().setAll(children);
                }
                top.add(groupItem);
            }
            personaItems.clear();
            personaItems.putAll(keptPersonas);
            groupItems.clear();
            groupItems.putAll(keptGroups);
            if (!getRoot().getChildren().equals(top)) {
                getRoot().getChildren().setAll(top);
            }
        } finally {
            syncing = false;
        }
        select(viewModel.selectedPersonaIdProperty().get());
    }

    private static TreeItem<Object> reuse(Map<String, TreeItem<Object>> items, String id, Object value) {
        TreeItem<Object> item = items.get(id);
        if (item == null) {
            return new TreeItem<>(value);
        }
        if (!item.getValue().equals(value)) {
            item.setValue(value);
        }
        return item;
    }

    private void select(String personaId) {
        TreeItem<Object> wanted = personaId == null ? workbookItem : personaItems.get(personaId);
        if (wanted != null && getSelectionModel().getSelectedItem() != wanted) {
            syncing = true;
            try {
                getSelectionModel().select(wanted);
            } finally {
                syncing = false;
            }
            scrollIntoView(getRow(wanted));
        }
    }

    /** Scrolling rebuilds every cell, so only when the row is out of sight (a new or filtered persona). */
    private void scrollIntoView(int row) {
        if (row < 0) {
            return;
        }
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null && row > flow.getFirstVisibleCell().getIndex()
                && row < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        scrollTo(Math.max(0, row - 3));
    }
}
