package nl.personacanvas.ui.compare;

import nl.personacanvas.matrix.ElementNames;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.ui.Messages;

/**
 * A matrix element as a coordinator names it, "Ontwerpen 2" (an attitude by its name), with its words from
 * the matrix for tooltips, in the window's language of the moment; the names are {@link ElementNames}', shared
 * with the PDFs and the command line.
 */
final class ItemNames {
    private final Messages messages;

    ItemNames(Messages messages) {
        this.messages = messages;
    }

    String name(MatrixItem item) {
        return names().name(item.role(), item.id(), item.label());
    }

    /** "Ontwerpen 2 (Opdrachten en evaluaties ontwikkelen)"; an attitude's name is its words. */
    String nameWithWords(MatrixItem item) {
        return names().nameWithWords(item.role(), item.id(), item.label());
    }

    private ElementNames names() {
        return new ElementNames(messages.locale());
    }
}
