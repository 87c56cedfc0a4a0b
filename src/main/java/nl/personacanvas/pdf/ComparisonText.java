package nl.personacanvas.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Wrapped lines of plain text on a comparison page (title, legend, column heads, key): placing and measuring. */
final class ComparisonText {
    private static final float ASCENT = 0.95f;
    private static final float LEADING = EntryFlow.LEADING;

    private final Typesetter type;

    ComparisonText(Typesetter type) {
        this.type = type;
    }

    /** Wrapped lines from {@code top} down, right-aligned when right to left; returns the new top. */
    float block(List<ComparisonPage.Ink> into, String text, boolean bold, float fontSize, float x, float w, float top,
                Color colour) {
        return block(into, text, false, bold, fontSize, x, w, top, colour);
    }

    /**
     * A persona's name as a column head: left-aligned and read left to right whatever script it starts with, as the
     * poster's headline and the window show it. Decided by its first letter, "أمينة El Amrani" stood at the column's
     * right as "El Amrani أمينة" (session 24).
     */
    float name(List<ComparisonPage.Ink> into, String name, float fontSize, float x, float w, float top, Color colour) {
        return block(into, name, true, true, fontSize, x, w, top, colour);
    }

    private float block(List<ComparisonPage.Ink> into, String text, boolean leftToRight, boolean bold, float fontSize,
                        float x, float w, float top, Color colour) {
        float cursor = top;
        for (String paragraph : TextCleaner.paragraphs(text)) {
            boolean rtl = !leftToRight && BidiShaper.isRightToLeft(paragraph);
            for (String line : type.wrap(paragraph, bold, fontSize, w)) {
                float lx = rtl ? x + w - type.width(line, bold, fontSize) : x;
                into.add(new ComparisonPage.Ink(PlacedText.plain(line, !leftToRight && BidiShaper.isRightToLeft(line), bold,
                        fontSize, lx, cursor - fontSize * ASCENT), colour));
                cursor -= fontSize * LEADING;
            }
        }
        return cursor;
    }

    /** How much height {@link #block} would take. */
    float height(String text, boolean bold, float fontSize, float w) {
        int lines = 0;
        for (String paragraph : TextCleaner.paragraphs(text)) {
            lines += type.wrap(paragraph, bold, fontSize, w).size();
        }
        return lines * fontSize * LEADING;
    }

    /** The page with its number right-aligned at {@code right}. */
    ComparisonPage numbered(ComparisonPage page, String number, float fontSize, float right, float baseline) {
        List<ComparisonPage.Ink> texts = new ArrayList<>(page.texts());
        texts.add(ComparisonCellPainter.ink(number, false, fontSize, right - type.width(number, false, fontSize),
                baseline, QuadrantStyle.MUTED_TEXT));
        return new ComparisonPage(page.size(), page.fills(), page.tags(), texts, page.columns(), page.key());
    }
}
