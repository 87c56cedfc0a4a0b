package nl.personacanvas.ui.canvas;

import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;

/** Each quadrant's title and guiding question, with every key written out so no text goes missing. */
public final class QuadrantTexts {

    private QuadrantTexts() {
    }

    public static String title(Messages messages, Quadrant quadrant) {
        return messages.get(switch (quadrant) {
            case DESIGN -> "quadrant.design.title";
            case DELIVER -> "quadrant.deliver.title";
            case ORGANISE -> "quadrant.organise.title";
            case ATTITUDE -> "quadrant.attitude.title";
        });
    }

    public static String question(Messages messages, Quadrant quadrant) {
        return messages.get(switch (quadrant) {
            case DESIGN -> "quadrant.design.question";
            case DELIVER -> "quadrant.deliver.question";
            case ORGANISE -> "quadrant.organise.question";
            case ATTITUDE -> "quadrant.attitude.question";
        });
    }
}
