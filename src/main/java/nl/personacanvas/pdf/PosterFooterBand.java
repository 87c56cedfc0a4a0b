package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The band at the foot of a poster page: the check summary ("Dekking: … · …", "Houdingen: 3 van 10 aanwezig (…)")
 * wrapped left of the date ("Afgedrukt op 12 maart 2026"), or across the band when there is no date.
 */
final class PosterFooterBand extends PosterPart {
    private static final float FOOTER_SIZE = 9;

    /**
     * @param texts its lines, read after everything else on the page
     * @param band  the band, from the page's foot margin up
     * @param top   the band's top, from which the grid keeps a gap
     */
    record Placed(List<PlacedText> texts, Box band, float top) {
    }

    PosterFooterBand(PosterFrame frame) {
        super(frame);
    }

    /** The footer standing on {@code bottom}, or null when the poster has none. */
    Placed place(PosterContent content, float bottom) {
        if (content.footerLines() == null) {
            return null;
        }
        float margin = PosterPageBuilder.MARGIN * s;
        float size = FOOTER_SIZE * s;
        float lineWidth = width - 2 * margin;
        float dateWidth = content.date() == null ? 0 : type.width(content.date(), false, size);
        float textWidth = content.date() == null ? lineWidth : lineWidth - dateWidth - 2 * PosterPageBuilder.GAP * s;
        List<String> wrapped = new ArrayList<>();
        for (String line : content.footerLines()) {
            wrapped.addAll(wrapAtSeparators(line, size, textWidth));
        }
        float textHeight = Math.max(1, wrapped.size()) * size * PosterLines.LEADING;
        float bandTop = bottom + textHeight + 0.6f * size;
        List<PlacedText> texts = new ArrayList<>();
        lines.place(texts, wrapped, false, size, margin, bandTop, textWidth, false);
        if (content.date() != null) {
            lines.place(texts, List.of(content.date()), false, size, width - margin - dateWidth, bandTop, dateWidth,
                    false);
        }
        return new Placed(texts, new Box(margin, bottom, lineWidth, bandTop - bottom), bandTop);
    }

    /**
     * Wraps a footer line between its " · " separated items where it can, so "Organiseren &
     * Communiceren 3/5" stays together and a broken line ends in "·"; an item wider than the line on
     * its own wraps as text.
     */
    private List<String> wrapAtSeparators(String text, float size, float maxWidth) {
        String lineEnd = PosterLayout.SEPARATOR.stripTrailing();
        List<String> wrapped = new ArrayList<>();
        String current = null;
        for (String item : TextCleaner.singleLine(text).split(Pattern.quote(PosterLayout.SEPARATOR))) {
            String joined = current == null ? item : current + PosterLayout.SEPARATOR + item;
            if (current != null && type.width(joined + lineEnd, false, size) > maxWidth) {
                wrapped.addAll(lines.wrap(current + lineEnd, false, size, maxWidth));
                joined = item;
            }
            current = joined;
        }
        if (current != null) {
            wrapped.addAll(lines.wrap(current, false, size, maxWidth));
        }
        return wrapped;
    }
}
