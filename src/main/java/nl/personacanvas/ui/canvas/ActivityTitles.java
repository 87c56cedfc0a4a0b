package nl.personacanvas.ui.canvas;

import nl.personacanvas.model.CoreActivity;

/** How a core activity is named in lists: the matrix id first when it has one ("A4 · Stages in het buitenland"). */
public final class ActivityTitles {

    private ActivityTitles() {
    }

    public static String title(CoreActivity activity) {
        return activity.matrixActivity().map(m -> m + " · " + activity.name()).orElse(activity.name());
    }
}
