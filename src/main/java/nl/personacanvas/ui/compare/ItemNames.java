package nl.personacanvas.ui.compare;

import java.util.function.Function;
import nl.personacanvas.matrix.ElementNames;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.ComparisonItemNames;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.matrix.AttitudeNames;

/**
 * A matrix element as the window names it, "Ontwerpen 2", with its words from the matrix for tooltips, in the window's
 * language of the moment; the element names are {@link ElementNames}' (in a comparison {@link ComparisonItemNames}'),
 * shared with the PDFs and the command line. An attitude is named by the window alone ({@link AttitudeNames}): in an
 * English window by its English gloss, the matrix's Dutch word beside it where there is room.
 */
final class ItemNames {
    private final AttitudeNames attitudes;
    private final Function<MatrixItem, String> name;
    private final Function<MatrixItem, String> nameWithWords;

    private ItemNames(AttitudeNames attitudes, Function<MatrixItem, String> name,
                      Function<MatrixItem, String> nameWithWords) {
        this.attitudes = attitudes;
        this.name = name;
        this.nameWithWords = nameWithWords;
    }

    /** For the heat map: one activity, its elements by row and number. */
    static ItemNames of(Messages messages) {
        return new ItemNames(new AttitudeNames(messages),
                item -> new ElementNames(messages.locale()).name(item.role(), item.id(), item.label()),
                item -> new ElementNames(messages.locale()).nameWithWords(item.role(), item.id(), item.label()));
    }

    /** For a comparison: with the element's activity when its personas are of several. */
    static ItemNames of(Messages messages, PersonaComparison comparison) {
        ComparisonItemNames names = new ComparisonItemNames(messages.locale(), comparison);
        return new ItemNames(new AttitudeNames(messages), names::name, names::nameWithWords);
    }

    /** "Ontwerpen 2"; an attitude by its name ("approachable" in an English window). */
    String name(MatrixItem item) {
        return item.role() == MatrixRole.ATTITUDES ? attitudes.name(item.label()) : name.apply(item);
    }

    /** "Ontwerpen 2 (Opdrachten en evaluaties ontwikkelen)"; "approachable (benaderbaar)" in an English window. */
    String nameWithWords(MatrixItem item) {
        return item.role() == MatrixRole.ATTITUDES ? attitudes.nameWithMatrixWord(item.label())
                : nameWithWords.apply(item);
    }
}
