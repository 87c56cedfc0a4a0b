package nl.personacanvas.ui.matrix;

import nl.personacanvas.matrix.AttitudeGlosses;
import nl.personacanvas.ui.Messages;

/**
 * An attitude of the matrix as the window names it, in the window's language of the moment. The matrix names its
 * attitudes in Dutch ("benaderbaar"), and the check, the files and the command line keep that name; an English window
 * gives the English gloss ("approachable") where room is short and the gloss with the matrix's word beside it
 * ("approachable (benaderbaar)") where there is room, so the Dutch text quoted around it can still be matched. The
 * glosses are {@link AttitudeGlosses}, shared with the PDFs.
 */
public final class AttitudeNames {
    private final Messages messages;
    private final AttitudeGlosses glosses = new AttitudeGlosses();

    public AttitudeNames(Messages messages) {
        this.messages = messages;
    }

    /** "approachable" in an English window, "benaderbaar" in a Dutch one. */
    public String name(String matrixName) {
        return glosses.name(matrixName, messages.locale());
    }

    /** "approachable (benaderbaar)" in an English window; the matrix's name alone where the gloss says the same. */
    public String nameWithMatrixWord(String matrixName) {
        return glosses.nameWithMatrixWord(matrixName, messages.locale());
    }

    /** The window speaks another language than the matrix's Dutch: its quoted texts need saying so. */
    public boolean matrixInOtherLanguage() {
        return AttitudeGlosses.english(messages.locale());
    }
}
