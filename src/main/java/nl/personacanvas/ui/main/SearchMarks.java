package nl.personacanvas.ui.main;

import java.util.Comparator;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.EntryDecorator;
import nl.personacanvas.ui.controls.ScrollIntoView;

/**
 * Marks the sticky notes the persona list's search found (style class {@code search-match}), so that a persona
 * found by a note folded under one of its entries shows which one; the persona's own notes field likewise. When a
 * mark appears and none is in sight, the canvas scrolls to the first one: a match below the fold was found but not
 * seen. Wraps the decorator of another feature (the checker's badges) and leaves its controls as they are; the
 * canvas itself knows nothing of the search.
 */
final class SearchMarks implements EntryDecorator {
    static final String STYLE_CLASS = "search-match";

    private final EntryDecorator inner;
    private final ObservableValue<Set<String>> matching;
    private final ObservableValue<Set<String>> matchingNotes;
    private final Messages messages;
    private boolean revealPending;

    /**
     * @param matching      ids of the sticky notes the search finds
     * @param matchingNotes ids of the personas whose own notes it finds
     */
    SearchMarks(EntryDecorator inner, ObservableValue<Set<String>> matching, ObservableValue<Set<String>> matchingNotes,
                Messages messages) {
        this.inner = inner;
        this.matching = matching;
        this.matchingNotes = matchingNotes;
        this.messages = messages;
    }

    /** Marks the canvas's notes field while the search finds the notes of the persona shown. */
    void markNotes(Node notesField, ObservableValue<String> personaId) {
        InvalidationListener refresh = obs -> mark(notesField,
                personaId.getValue() != null && matchingNotes.getValue().contains(personaId.getValue()));
        // The field lives as long as the canvas view, which holds these through the field's properties.
        matchingNotes.addListener(new WeakInvalidationListener(refresh));
        personaId.addListener(new WeakInvalidationListener(refresh));
        notesField.getProperties().put(SearchMarks.class, refresh);
        refresh.invalidated(null);
    }

    private void mark(Node node, boolean marked) {
        if (marked == node.getStyleClass().contains(STYLE_CLASS)) {
            return;
        }
        if (marked) {
            node.getStyleClass().add(STYLE_CLASS);
            node.setAccessibleHelp(messages.get("search.match"));
            revealFirstLater(node);
        } else {
            node.getStyleClass().remove(STYLE_CLASS);
            node.setAccessibleHelp(null);
        }
    }

    /**
     * After the canvas has laid out what it now shows (a persona just opened, a search just typed): when no marked
     * node is in sight, scrolls to the first in reading order. One look for all marks of the same change.
     */
    private void revealFirstLater(Node marked) {
        if (revealPending) {
            return;
        }
        revealPending = true;
        Platform.runLater(() -> {
            revealPending = false;
            ScrollPane pane = scrollPaneAround(marked);
            if (pane == null || pane.getScene() == null || !pane.isVisible()) {
                return;
            }
            // Laid out from the scene's root: a canvas built for the first persona shown has no size of its own yet,
            // and measured at none it was scrolled far down, the notes field at its top out of sight.
            pane.getScene().getRoot().applyCss();
            pane.getScene().getRoot().layout();
            if (pane.getViewportBounds().getHeight() <= 0) {
                return;
            }
            Bounds view = pane.localToScene(pane.getLayoutBounds());
            var shown = pane.lookupAll("." + STYLE_CLASS).stream().filter(Node::isVisible).toList();
            if (shown.stream().noneMatch(n -> inSight(n, view))) {
                shown.stream().min(Comparator.comparingDouble((Node n) -> sceneBounds(n).getMinY())
                        .thenComparingDouble(n -> sceneBounds(n).getMinX())).ifPresent(ScrollIntoView::reveal);
            }
        });
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static boolean inSight(Node n, Bounds view) {
        Bounds b = sceneBounds(n);
        return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
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
            mark(entryNode, entryId != null && matching.getValue().contains(entryId));
        }
    }
}
