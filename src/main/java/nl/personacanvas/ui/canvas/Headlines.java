package nl.personacanvas.ui.canvas;

import java.text.Bidi;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.ShortText;

/**
 * A persona's headline as the app shows it (the canvas and the comparison's choices). The headline is a Dutch or
 * English sentence, read left to right whatever script the name or role is in. A text starting with an Arabic or
 * Hebrew name would be laid out right to left as a whole ("begeleidt studenten" left of the name, "Zij …" at the
 * far end): left-to-right marks around each part keep the sentence in order.
 */
public final class Headlines {
    /**
     * Characters of a headline shown at most (the canvas, the comparison's choice), then " …": a role of 1,000
     * characters filled the view above the canvas's fields and twenty lines of the choice (session 21). About four
     * lines at 1366 x 768; the samples' longest headline has 116.
     */
    public static final int MOST_SHOWN = 200;
    private static final char LRM = '\u200E';

    private Headlines() {
    }

    public static String shown(Persona p) {
        return shown(p, "");
    }

    /**
     * As {@link #shown(Persona)}, with {@code noRole} standing in for an empty role sentence as on the poster
     * ({@link Persona#headline(String)}): the canvas's headline above "Zij …".
     */
    public static String shown(Persona p, String noRole) {
        String plain = p.headline(noRole);
        if (!Bidi.requiresBidi(plain.toCharArray(), 0, plain.length())) {
            return plain;
        }
        return p.withName(ltr(p.name())).withRole(ltr(p.role())).headline(noRole);
    }

    /** {@link #shown} cut to {@link #MOST_SHOWN} characters and " …" where longer. */
    public static String shortened(Persona p) {
        return shortened(p, "");
    }

    public static String shortened(Persona p, String noRole) {
        return ShortText.cut(shown(p, noRole), MOST_SHOWN);
    }

    private static String ltr(String part) {
        return part.isBlank() ? part : LRM + part.strip() + LRM;
    }
}
