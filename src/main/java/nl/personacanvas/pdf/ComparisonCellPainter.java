package nl.personacanvas.pdf;

import java.awt.Color;
import java.util.List;

/**
 * Puts one line of a comparison cell on a page: an entry's wrapped text with its bullet and twin bar, the twin tags
 * and element names under it, "(niets)", or a missing element's red mark. Where the line goes is the layout's.
 */
final class ComparisonCellPainter {
    private static final float ASCENT = 0.95f;
    private static final float LEADING = EntryFlow.LEADING;

    private final Typesetter type;
    private final ComparisonCells content;
    private final float columnWidth;
    private final float bar;
    private final float pad;

    ComparisonCellPainter(Typesetter type, ComparisonCells content, float columnWidth, float bar, float pad) {
        this.type = type;
        this.content = content;
        this.columnWidth = columnWidth;
        this.bar = bar;
        this.pad = pad;
    }

    static ComparisonPage.Ink ink(String line, boolean bold, float fontSize, float x, float baseline, Color colour) {
        return new ComparisonPage.Ink(PlacedText.plain(line, BidiShaper.isRightToLeft(line), bold, fontSize, x,
                baseline), colour);
    }

    /** Draws one cell line of the column starting at {@code cellX}, its line box starting at {@code top}. */
    void place(ComparisonCells.Line line, float cellX, float top, List<ComparisonPage.Fill> fills,
               List<ComparisonPage.Tag> tags, List<ComparisonPage.Ink> texts) {
        float x0 = cellX + bar + pad;
        float right = cellX + columnWidth - pad;
        float h = line.size() * LEADING;
        float baseline = top - line.size() * ASCENT;
        if (line.twin() >= 0) {
            fills.add(new ComparisonPage.Fill(new Box(cellX, top - h, bar, h), ComparisonPalette.twin(line.twin())));
        }
        switch (line.kind()) {
            case ENTRY -> {
                float indent = line.indent();
                float x = line.rtl() ? right - indent - type.width(line.text(), false, line.size()) : x0 + indent;
                float bulletX = line.rtl() ? right - indent * 0.7f : x0;
                texts.add(new ComparisonPage.Ink(new PlacedText(line.text(), line.rtl(), false, line.size(), x,
                        baseline, line.bullet(), bulletX), QuadrantStyle.TEXT));
            }
            case TAGS, ITEMS -> {
                float x = x0 + line.indent() - tagsWidth(line);
                for (int g : line.tags()) {
                    float w = content.tagWidth(g, line.size());
                    Box box = new Box(x, baseline - line.size() * 0.24f, w, line.size() * 1.08f);
                    tags.add(new ComparisonPage.Tag(box, g, PlacedText.plain(String.valueOf(g + 1), false, true,
                            line.size() * 0.9f, x + line.size() * 0.35f, baseline)));
                    x += w + line.size() * 0.35f;
                }
                if (!line.text().isEmpty()) {
                    texts.add(ink(line.text(), false, line.size(), x0 + line.indent(), baseline,
                            QuadrantStyle.MUTED_TEXT));
                }
            }
            case NONE -> texts.add(ink(line.text(), false, line.size(), x0, baseline, QuadrantStyle.MUTED_TEXT));
            case MISSING -> {
                fills.add(new ComparisonPage.Fill(new Box(cellX, top - h, columnWidth, h),
                        ComparisonPalette.MISSING_FILL));
                fills.add(new ComparisonPage.Fill(new Box(cellX, top - h, bar, h), ComparisonPalette.GAP));
                texts.add(ink(line.text(), false, line.size(), x0, baseline, ComparisonPalette.MISSING_TEXT));
            }
        }
    }

    /** The width the tags of an ITEMS line take before its text (zero on a TAGS line). */
    private float tagsWidth(ComparisonCells.Line line) {
        if (line.kind() == ComparisonCells.Kind.TAGS) {
            return 0;
        }
        float w = 0;
        for (int g : line.tags()) {
            w += content.tagWidth(g, line.size()) + line.size() * 0.35f;
        }
        return w;
    }
}
