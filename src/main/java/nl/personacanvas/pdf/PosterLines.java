package nl.personacanvas.pdf;

import java.util.List;

/**
 * Sets wrapped lines of a poster page top-down as {@link PlacedText}s at their baselines: the plain lines of the
 * headline, the headings and the footer, and the bulleted lines of the entries. The one place that turns a line box
 * into a baseline, so every part of the page keeps the same room above its capitals' accents.
 */
final class PosterLines {
    /** Line height of the headline, the headings and the footer, times their size. */
    static final float LEADING = 1.2f;
    /** Baseline below the top of a line box: room for accents on capitals (Å, Ế). */
    private static final float ASCENT = 0.95f;

    private final Typesetter type;

    PosterLines(Typesetter type) {
        this.type = type;
    }

    /** {@code text} as one paragraph wrapped to {@code maxWidth}; no lines for an empty text. */
    List<String> wrap(String text, boolean bold, float size, float maxWidth) {
        String line = TextCleaner.singleLine(text);
        return line.isEmpty() ? List.of() : type.wrap(line, bold, size, maxWidth);
    }

    /**
     * Adds {@code lines} to {@code into} top-down from {@code y}; returns the bottom of the last line box.
     * {@code sentence}: the lines are one Dutch or English sentence ("عبد الرحمن begeleidt … Zij …"), read left to
     * right whatever script the name starts with; otherwise each line's first strong character decides, and a
     * right-to-left line ends at the right of {@code maxWidth}.
     */
    float place(List<PlacedText> into, List<String> lines, boolean bold, float size, float x, float y,
                float maxWidth, boolean sentence) {
        float cursor = y;
        for (String line : lines) {
            boolean rtl = !sentence && BidiShaper.isRightToLeft(line);
            float lineX = rtl ? x + maxWidth - type.width(line, bold, size) : x;
            into.add(PlacedText.plain(line, rtl, bold, size, lineX, cursor - size * ASCENT));
            cursor -= size * LEADING;
        }
        return cursor;
    }

    /** Adds {@code lines} of entries to {@code into} top-down in {@code area}, a bullet before each entry's first line. */
    void entries(List<PlacedText> into, Box area, List<EntryFlow.Line> lines, EntryFlow flow) {
        float indent = flow.size() * EntryFlow.BULLET_INDENT;
        float y = area.top();
        boolean firstOnPage = true;
        for (EntryFlow.Line line : lines) {
            if (line.entryStart() && !firstOnPage) {
                y -= flow.size() * EntryFlow.ENTRY_GAP;
            }
            float textWidth = area.width() - indent;
            float lineWidth = Math.min(textWidth, type.width(line.text(), false, flow.size()));
            float x = line.rightToLeft() ? area.right() - indent - lineWidth : area.x() + indent;
            float bulletX = line.rightToLeft() ? area.right() - indent * 0.7f : area.x();
            into.add(new PlacedText(line.text(), line.rightToLeft(), false, flow.size(), x,
                    y - flow.size() * ASCENT, line.entryStart(), bulletX));
            y -= flow.leading();
            firstOnPage = false;
        }
    }
}
