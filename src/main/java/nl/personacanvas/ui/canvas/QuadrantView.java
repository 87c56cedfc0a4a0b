package nl.personacanvas.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;

/**
 * One quadrant: title, the question it asks, its sticky notes and an add button. Entry views are kept
 * per view-model, so a change in the list moves existing nodes instead of rebuilding them.
 */
final class QuadrantView extends VBox {

    /** Where a dragged entry was dropped. */
    interface DropTarget {
        void dropped(Quadrant quadrant, int index);
    }

    private final Quadrant quadrant;
    private final VBox entriesBox = new VBox(6);
    private final Map<EntryViewModel, EntryView> views = new HashMap<>();
    private final Deque<EntryView> spare = new ArrayDeque<>();
    private final Supplier<EntryView> factory;

    QuadrantView(Quadrant quadrant, ObservableList<EntryViewModel> entries, Messages messages,
                 Supplier<EntryView> factory, Runnable onAdd, DropTarget dropTarget) {
        this.quadrant = quadrant;
        this.factory = factory;
        getStyleClass().addAll("quadrant", "quadrant-" + quadrant.key());
        setId("quadrant-" + quadrant.key());
        setSpacing(6);

        Label title = new Label(QuadrantTexts.title(messages, quadrant));
        title.getStyleClass().add("quadrant-title");
        // A narrow quadrant (window of a 1280 px screen, side panel open) cut "Organiseren & Communi…".
        title.setWrapText(true);
        Label question = new Label(QuadrantTexts.question(messages, quadrant));
        question.getStyleClass().add("quadrant-question");
        question.setWrapText(true);

        entriesBox.getStyleClass().add("quadrant-entries");
        entriesBox.setAccessibleRole(AccessibleRole.LIST_VIEW);
        entriesBox.setAccessibleText(QuadrantTexts.title(messages, quadrant));
        VBox.setVgrow(entriesBox, Priority.ALWAYS);

        Button add = new Button(messages.get("quadrant.add"), new FontIcon(Material2AL.ADD));
        add.getStyleClass().addAll("quadrant-add", "flat");
        add.setId("add-" + quadrant.key());
        add.setAccessibleText(messages.get("quadrant.add.accessible", QuadrantTexts.title(messages, quadrant)));
        add.setOnAction(e -> onAdd.run());

        getChildren().addAll(title, question, entriesBox, add);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(QuadrantTexts.title(messages, quadrant));

        entries.addListener((ListChangeListener<EntryViewModel>) change -> sync(entries));
        sync(entries);

        setOnMouseDragOver(e -> {
            getStyleClass().remove("drop-target");
            getStyleClass().add("drop-target");
        });
        setOnMouseDragExited(e -> getStyleClass().remove("drop-target"));
        // A filter, not a handler: text areas consume the mouse events that reach them.
        addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            getStyleClass().remove("drop-target");
            dropTarget.dropped(quadrant, dropIndex(e.getSceneY(), e.getGestureSource()));
            e.consume();
        });
    }

    /**
     * Matches the notes to the entry list. Views of entries that left are rebound to new entries or
     * kept hidden for later, so showing another persona restyles nothing.
     */
    private void sync(List<EntryViewModel> entries) {
        Set<EntryViewModel> wantedSet = new HashSet<>(entries);
        // Freed views are taken in the order they stand, so a persona with as many notes keeps every
        // view in its place: reordering children would take them out of the scene and restyle them all.
        Set<EntryView> leaving = new HashSet<>();
        views.forEach((vm, view) -> {
            if (!wantedSet.contains(vm)) {
                leaving.add(view);
            }
        });
        Deque<EntryView> free = new ArrayDeque<>();
        for (Node child : entriesBox.getChildren()) {
            if (child instanceof EntryView view && leaving.contains(view)) {
                free.add(view);
            }
        }
        views.keySet().retainAll(wantedSet);
        List<Node> children = new ArrayList<>(entries.size() + spare.size());
        for (EntryViewModel vm : entries) {
            EntryView view = views.get(vm);
            if (view == null) {
                view = !free.isEmpty() ? free.poll() : !spare.isEmpty() ? spare.poll() : factory.get();
                view.bind(vm);
                view.setVisible(true);
                view.setManaged(true);
                views.put(vm, view);
            }
            children.add(view);
        }
        for (EntryView view : free) {
            view.unbind();
            view.setVisible(false);
            view.setManaged(false);
            spare.add(view);
        }
        children.addAll(spare);
        if (!entriesBox.getChildren().equals(children)) {
            entriesBox.getChildren().setAll(children);
        }
    }

    /** The drop position: before the first note whose middle lies below the pointer. */
    private int dropIndex(double sceneY, Object gestureSource) {
        int index = 0;
        for (Node child : entriesBox.getChildren()) {
            if (!child.isVisible() || isAncestorOf(child, gestureSource)) {
                continue;
            }
            Bounds b = child.localToScene(child.getBoundsInLocal());
            if (sceneY < b.getMinY() + b.getHeight() / 2) {
                return index;
            }
            index++;
        }
        return index;
    }

    private static boolean isAncestorOf(Node ancestor, Object source) {
        for (Node n = source instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    EntryView viewOf(EntryViewModel vm) {
        return views.get(vm);
    }

    Quadrant quadrant() {
        return quadrant;
    }
}
