package nl.personacanvas.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The comparison's page: A3 landscape, its margins and the room between them, in points at the paper's scale. */
final class ComparisonSheet {
    static final PaperSize PAPER = PaperSize.A3;
    static final float GUTTER = 8;
    static final float NOTE = 6.5f;
    private static final float MARGIN = 22;

    private final PDRectangle page = PAPER.rectangle(true);
    /** The paper's scale: every size on the page is multiplied by it. */
    final float s = PAPER.scale();

    static PDRectangle pageSize() {
        return PAPER.rectangle(true);
    }

    float left() {
        return MARGIN * s;
    }

    float width() {
        return page.getWidth() - 2 * MARGIN * s;
    }

    float top() {
        return page.getHeight() - MARGIN * s;
    }

    /** Above the page number line. */
    float bottom() {
        return MARGIN * s + NOTE * s * EntryFlow.LEADING + 2 * s;
    }

    /** The baseline of the page number. */
    float numberBaseline() {
        return MARGIN * s + NOTE * s * 0.3f;
    }
}
