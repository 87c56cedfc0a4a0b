package nl.personacanvas.ui.compare;

import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.ui.Messages;

/**
 * A matrix element as a coordinator names it, "Ontwerpen 2" (an attitude by its name), with its words from
 * the matrix for tooltips; the ids ("A4.design.2") belong to the files and the command line. The PDFs name
 * elements the same way from their own bundle.
 */
final class ItemNames {
    private final Messages messages;

    ItemNames(Messages messages) {
        this.messages = messages;
    }

    String name(MatrixItem item) {
        return switch (item.role()) {
            case ATTITUDES -> item.label();
            case DESIGN -> messages.get("item.design", item.number());
            case DELIVER -> messages.get("item.deliver", item.number());
            case ORGANISE -> messages.get("item.organise", item.number());
            case PROFESSIONAL -> messages.get("item.professional", item.number());
        };
    }

    /** "Ontwerpen 2 (Opdrachten en evaluaties ontwikkelen)"; an attitude's name is its words. */
    String nameWithWords(MatrixItem item) {
        return item.role() == MatrixRole.ATTITUDES ? name(item) : name(item) + " (" + item.label() + ")";
    }
}
