package nl.personacanvas.ui.canvas;

import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.Messages;

/**
 * How a core activity is named wherever a persona's activity is named: its code first, the matrix id
 * ("A4 · Stages in het buitenland") or, for the school's own activity, "Eigen" ("Eigen · Studieloopbaan"), as the
 * workbook page marks it. An own activity shown by its bare name read as if it had no mark at all beside "A2 · …".
 */
public final class ActivityTitles {

    private ActivityTitles() {
    }

    public static String title(CoreActivity activity, Messages messages) {
        return title(activity.matrixActivity().orElse(null), activity.name(), messages);
    }

    /** {@code name}, or a part of it, after the code of an activity of matrix id {@code matrixId} (null: own). */
    public static String title(String matrixId, String name, Messages messages) {
        return code(matrixId, messages) + " · " + name;
    }

    /** The matrix id, or the own activity's mark when it has none. */
    public static String code(String matrixId, Messages messages) {
        return matrixId == null ? messages.get("workbook.activities.own") : matrixId;
    }
}
