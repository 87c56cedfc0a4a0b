package nl.personacanvas.ui.main;

import java.util.Set;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.EntryDecorator;

/**
 * Marks the sticky notes the persona list's search found (style class {@code search-match}), so that a persona
 * found by a note folded under one of its entries shows which one. Wraps the decorator of another feature (the
 * checker's badges) and leaves its controls as they are; the canvas itself knows nothing of the search.
 */
final class SearchMarks implements EntryDecorator {
    static final String STYLE_CLASS = "search-match";

    private final EntryDecorator inner;
    private final ObservableValue<Set<String>> matching;
    private final Messages messages;

    SearchMarks(EntryDecorator inner, ObservableValue<Set<String>> matching, Messages messages) {
        this.inner = inner;
        this.matching = matching;
        this.messages = messages;
    }

    @Override
    public Decoration decorate(Node entryNode) {
        Decoration decoration = inner.decorate(entryNode);
        return new Mark(entryNode, decoration);
    }

    private final class Mark implements Decoration {
        private final Node entryNode;
        private final Decoration inner;
        private String entryId;
        /** Held by the mark so the weak listener lives exactly as long as the note. */
        private final ChangeListener<Set<String>> onMatching = (obs, old, now) -> refresh();

        Mark(Node entryNode, Decoration inner) {
            this.entryNode = entryNode;
            this.inner = inner;
            matching.addListener(new WeakChangeListener<>(onMatching));
        }

        @Override
        public Node node() {
            return inner.node();
        }

        @Override
        public void show(String id) {
            entryId = id;
            inner.show(id);
            refresh();
        }

        private void refresh() {
            boolean marked = entryId != null && matching.getValue().contains(entryId);
            if (marked == entryNode.getStyleClass().contains(STYLE_CLASS)) {
                return;
            }
            if (marked) {
                entryNode.getStyleClass().add(STYLE_CLASS);
                entryNode.setAccessibleHelp(messages.get("search.match"));
            } else {
                entryNode.getStyleClass().remove(STYLE_CLASS);
                entryNode.setAccessibleHelp(null);
            }
        }
    }
}
