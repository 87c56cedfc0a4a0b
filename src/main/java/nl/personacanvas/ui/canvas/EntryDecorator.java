package nl.personacanvas.ui.canvas;

import javafx.scene.Node;

/**
 * Lets another feature add controls beside each sticky note's text (the checker's badges) without the
 * canvas knowing about it. Note views are reused for other entries, so a decoration follows the entry
 * its note shows.
 */
@FunctionalInterface
public interface EntryDecorator {

    /** @param entryNode the note, e.g. to light it up */
    Decoration decorate(Node entryNode);

    /** The controls of one note view. */
    interface Decoration {
        Node node();

        /** The note now shows this entry; null when it shows none. */
        void show(String entryId);
    }
}
