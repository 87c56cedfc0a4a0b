package nl.personacanvas.pdf;

import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The sheet sizes posters and hand-outs are printed on. */
public enum PaperSize {
    A4(PDRectangle.A4),
    A3(PDRectangle.A3),
    A2(PDRectangle.A2),
    A1(PDRectangle.A1),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle portrait;

    PaperSize(PDRectangle portrait) {
        this.portrait = portrait;
    }

    public PDRectangle rectangle(boolean landscape) {
        return landscape ? new PDRectangle(portrait.getHeight(), portrait.getWidth())
                : new PDRectangle(portrait.getWidth(), portrait.getHeight());
    }

    /**
     * How much larger than A4 everything on the page is drawn, so an A2 poster read from across a room
     * looks like an A4 hand-out read at arm's length: by the short side, so orientation does not matter.
     */
    public float scale() {
        return portrait.getWidth() / PDRectangle.A4.getWidth();
    }

    /** Parses "A4", "a3", "Letter" as typed on the command line. */
    public static Optional<PaperSize> parse(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(text.strip())).findFirst();
    }
}
