package nl.personacanvas.ui.canvas;

import javafx.scene.Node;

/**
 * Lets another feature add controls beside each sticky note's text (the checker's badges) without the canvas
 * knowing about it.
 */
@FunctionalInterface
public interface EntryDecorator {

    /**
     * @param entryId   the note's entry
     * @param entryNode the note itself, e.g. to light it up
     * @return the node to show beside the note's text, or null for nothing
     */
    Node decorate(String entryId, Node entryNode);
}
