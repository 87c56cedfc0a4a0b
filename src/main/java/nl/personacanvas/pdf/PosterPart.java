package nl.personacanvas.pdf;

/**
 * A part of a poster page (header, footer band, quadrant grid, continuation panels): its measures come from the page's
 * {@link PosterFrame}, held as fields so that each part's layout reads as arithmetic on the page ({@code MARGIN * s}).
 */
abstract class PosterPart {

    protected final Typesetter type;
    protected final PosterLines lines;
    protected final PdfMessages messages;
    protected final float width;
    /** The paper's scale against A4: every measure in points is multiplied by it. */
    protected final float s;
    protected final float headingSize;

    PosterPart(PosterFrame frame) {
        this.type = frame.type();
        this.lines = frame.lines();
        this.messages = frame.messages();
        this.width = frame.width();
        this.s = frame.scale();
        this.headingSize = frame.headingSize();
    }
}
