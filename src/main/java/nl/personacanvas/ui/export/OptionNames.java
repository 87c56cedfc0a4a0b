package nl.personacanvas.ui.export;

import javafx.scene.control.Tooltip;
import nl.personacanvas.model.ShortText;

/**
 * A persona's name as an export option shows it. A name may run to 300 characters: whole, it wrapped to seven lines
 * in the current persona's option and again in the list of personas, and the dialog grew past an 800 px screen. An
 * option shows at most {@link #SHOWN} characters (cut at a space where there is one in the second half) and "…"; its
 * tooltip holds the whole name. Names a panel writes are far shorter and show unchanged.
 */
final class OptionNames {
    static final int SHOWN = 80;

    private OptionNames() {
    }

    static String shown(String name) {
        return ShortText.cut(name, SHOWN);
    }

    /** The whole name as a tooltip, for a name that {@link #shown} shortens; null for the others. */
    static Tooltip whole(String name) {
        if (shown(name).equals(name)) {
            return null;
        }
        Tooltip tip = new Tooltip(name);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }
}
