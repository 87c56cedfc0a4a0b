package nl.personacanvas.pdf;

import nl.personacanvas.model.CoreActivity;

/**
 * How the PDFs name a persona's core activity, as the app does (ui.canvas.ActivityTitles, which this package may not
 * use): its code first, the matrix id ("A4 · Stages in het buitenland") or, for the school's own activity, "Eigen"
 * ("Eigen · Studieloopbaan"). An own activity printed by its bare name read as if it had no mark at all beside
 * "A2 · …", and the same activity read differently on the screen and on the poster.
 */
final class ActivityNames {

    private ActivityNames() {
    }

    /** "A4 · Stages in het buitenland", "Eigen · Studieloopbaan". */
    static String title(CoreActivity activity, PdfMessages messages) {
        return code(activity, messages) + " · " + activity.name();
    }

    /** The matrix id, or the own activity's mark when it has none: where a narrow column has no room for the name. */
    static String code(CoreActivity activity, PdfMessages messages) {
        return activity.matrixActivity().orElseGet(() -> messages.get("activity.own"));
    }
}
