package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.personacanvas.model.Quadrant;

/**
 * One page of a poster being laid out by {@link PosterLayout}, from the top down: the headline (or a continuation
 * page's title), the footer, the 2×2 grid of quadrant panels (or a continuation page's panels across the page) and
 * the entries that {@link EntryFlow} gives each quadrant; {@link #build()} gives the finished {@link PosterPage}.
 */
final class PosterPageBuilder {
    static final float MARGIN = 30;
    private static final float GAP = 10;
    private static final float AVATAR = 78;
    private static final float PAD = 10;
    private static final float TITLE_SIZE = 22;
    private static final float TITLE_MIN = 14;
    /** A continuation page's title, "… (vervolg, pagina 2)", at most; the first page prints the headline whole. */
    private static final int CONTINUED_LINES = 2;
    private static final float SUB_SIZE = 11;
    /** The quadrant headings' size beside entries of up to 11.7 pt; larger entries get larger headings (PosterLayout). */
    static final float HEADING_SIZE = 14;
    private static final float FOOTER_SIZE = 9;
    private static final float HEADER_LEADING = 1.2f;
    /** Baseline below the top of a line box: room for accents on capitals (Å, Ế). */
    private static final float ASCENT = 0.95f;

    private final Typesetter type;
    private final PdfMessages messages;
    private final float width;
    private final float height;
    private final float s;
    /** The quadrant headings' size, scaled. */
    private final float headingSize;
    private final List<PosterPage.Panel> panels = new ArrayList<>();
    private final List<PlacedText> texts = new ArrayList<>();
    private final List<Box> textBoxes = new ArrayList<>();
    /** Quadrant headings, added to the text just before their entries so the PDF reads in order. */
    private final List<List<PlacedText>> headings = new ArrayList<>();
    /** The footer's text, placed early (its height shapes the grid) but added last, as it is read. */
    private final List<PlacedText> footerTexts = new ArrayList<>();
    /** Entries broken at the foot of this page because they alone are taller than a quadrant. */
    private final List<String> brokenEntries = new ArrayList<>();
    private float top;
    private float bottom;
    private Box avatar;
    private Box footerBand;
    /** Some of the headline is not printed (see {@link PosterHeadline}). */
    private boolean headlineCut;

    PosterPageBuilder(Typesetter type, PdfMessages messages, float width, float height, float scale,
                      float headingSize) {
        this.type = type;
        this.headingSize = headingSize;
        this.messages = messages;
        this.width = width;
        this.height = height;
        this.s = scale;
        this.top = height - MARGIN * s;
        this.bottom = MARGIN * s;
    }

    void header(PosterContent content, boolean withAvatar) {
        float avatarSize = AVATAR * s;
        avatar = withAvatar ? new Box(width - MARGIN * s - avatarSize, top - avatarSize, avatarSize, avatarSize) : null;
        if (avatar != null) {
            textBoxes.add(avatar);
        }
        float textWidth = width - 2 * MARGIN * s - (withAvatar ? avatarSize + 2 * GAP * s : 0);
        PosterHeadline.Set headline = PosterHeadline.of(TextCleaner.singleLine(content.title()), TITLE_SIZE * s,
                TITLE_MIN * s, s, (text, size) -> type.wrap(text, true, size, textWidth),
                text -> type.wrap(text, false, SUB_SIZE * s, textWidth));
        headlineCut = headline.cut();
        float y = place(headline.title(), true, headline.titleSize(), HEADER_LEADING, MARGIN * s, top, textWidth,
                true);
        y = place(headline.rest(), false, SUB_SIZE * s, HEADER_LEADING, MARGIN * s, y, textWidth, true);
        y -= 0.4f * SUB_SIZE * s;
        y = place(wrap(content.activity(), true, SUB_SIZE * s, textWidth), true, SUB_SIZE * s, HEADER_LEADING,
                MARGIN * s, y, textWidth);
        y = place(wrap(content.school(), false, SUB_SIZE * s, textWidth), false, SUB_SIZE * s, HEADER_LEADING,
                MARGIN * s, y, textWidth);
        float headerBottom = withAvatar ? Math.min(y, top - avatarSize) : y;
        textBoxes.add(new Box(MARGIN * s, headerBottom, textWidth, top - headerBottom));
        top = headerBottom - GAP * s;
    }

    void continuationHeader(PosterContent content, int pageNumber) {
        float size = SUB_SIZE * s * 1.2f;
        float textWidth = width - 2 * MARGIN * s;
        List<String> title = continuedTitle(TextCleaner.singleLine(content.title()), pageNumber, size, textWidth);
        float y = place(title, true, size, HEADER_LEADING, MARGIN * s, top, textWidth, true);
        textBoxes.add(new Box(MARGIN * s, y, textWidth, top - y));
        top = y - GAP * s;
    }

    /**
     * The headline with "(vervolg, pagina N)" in at most {@link #CONTINUED_LINES} lines. A headline of hundreds of
     * characters (a name and a role of the longest lengths) was repeated whole on every continuation page, 22
     * lines on A4, and left the quadrants a third of the page: one long note took 15 pages. The first page shows
     * it whole, so here the longest start of it that fits is shown, ending in "…" (cut at a space where there is
     * one), found by bisection over its length.
     */
    private List<String> continuedTitle(String title, int pageNumber, float size, float textWidth) {
        return FittedLines.within(title, CONTINUED_LINES,
                t -> type.wrap(messages.get("poster.continued", t, pageNumber), true, size, textWidth));
    }

    void footer(PosterContent content) {
        if (content.footerLines() == null) {
            return;
        }
        float size = FOOTER_SIZE * s;
        float lineWidth = width - 2 * MARGIN * s;
        float dateWidth = content.date() == null ? 0 : type.width(content.date(), false, size);
        float textWidth = content.date() == null ? lineWidth : lineWidth - dateWidth - 2 * GAP * s;
        List<String> lines = new ArrayList<>();
        for (String line : content.footerLines()) {
            lines.addAll(wrapAtSeparators(line, size, textWidth));
        }
        float textHeight = Math.max(1, lines.size()) * size * HEADER_LEADING;
        float bandTop = bottom + textHeight + 0.6f * size;
        footerBand = new Box(MARGIN * s, bottom, lineWidth, bandTop - bottom);
        int before = texts.size();
        place(lines, false, size, HEADER_LEADING, MARGIN * s, bandTop, textWidth);
        if (content.date() != null) {
            place(List.of(content.date()), false, size, HEADER_LEADING, width - MARGIN * s - dateWidth, bandTop,
                    dateWidth);
        }
        List<PlacedText> placed = texts.subList(before, texts.size());
        footerTexts.addAll(placed);
        placed.clear();
        textBoxes.add(footerBand);
        bottom = bandTop + GAP * s;
    }

    /**
     * The four quadrant panels' text areas below their headings, in {@link Quadrant} order; the top row is
     * {@code topExtra} taller than half the grid and the bottom row as much shorter.
     */
    Box[] grid(float topExtra) {
        float gutter = GAP * s;
        float colWidth = (width - 2 * MARGIN * s - gutter) / 2;
        float half = (top - bottom - gutter) / 2;
        float[] rowHeights = {half + topExtra, half - topExtra};
        Box[] textAreas = new Box[4];
        Quadrant[] order = Quadrant.values();
        float innerWidth = colWidth - 2 * PAD * s;
        List<List<String>> headingLines = new ArrayList<>();
        int mostLines = 0;
        for (Quadrant q : order) {
            List<String> heading = type.wrap(messages.quadrant(q), true, headingSize, innerWidth);
            headingLines.add(heading);
            mostLines = Math.max(mostLines, heading.size());
        }
        // Every panel's entries start under as many heading lines as the longest heading has (a large heading may
        // take two), so entries side by side start level.
        float headingHeight = mostLines * headingSize * HEADER_LEADING;
        for (int i = 0; i < 4; i++) {
            float x = MARGIN * s + (i % 2) * (colWidth + gutter);
            int row = i / 2;
            float y = top - rowHeights[0] - row * (gutter + rowHeights[1]);
            Box panel = new Box(x, y, colWidth, rowHeights[row]);
            panels.add(new PosterPage.Panel(order[i], panel, QuadrantStyle.fill(order[i])));
            Box inner = panel.inset(PAD * s);
            int before = texts.size();
            float below = place(headingLines.get(i), true, headingSize, HEADER_LEADING, inner.x(), inner.top(),
                    inner.width());
            List<PlacedText> placed = texts.subList(before, texts.size());
            headings.add(new ArrayList<>(placed));
            placed.clear();
            textBoxes.add(new Box(inner.x(), below, inner.width(), inner.top() - below));
            float textTop = inner.top() - headingHeight - 0.35f * headingSize;
            textAreas[i] = new Box(inner.x(), inner.y(), inner.width(), Math.max(0, textTop - inner.y()));
        }
        return textAreas;
    }

    /** The first page's quadrants: an entry that does not fit waits for a continuation page's taller column. */
    void fill(Box[] areas, EntryFlow flow) {
        Quadrant[] order = Quadrant.values();
        for (int i = 0; i < 4; i++) {
            textBoxes.add(areas[i]);
            texts.addAll(headings.get(i));
            placeEntries(areas[i], flow.take(order[i], areas[i].height(), true, brokenEntries), flow);
        }
    }

    /**
     * A continuation page's quadrants: those with entries left, one under the other, each in a panel across the page
     * headed "Uitvoeren & Begeleiden (vervolg)", its entries in two columns that line up with the first page's (see
     * {@link ContinuationBands}). Quadrants with nothing left have no panel.
     */
    void fillContinued(EntryFlow flow) {
        float gutter = GAP * s;
        float fullWidth = width - 2 * MARGIN * s;
        float column = (fullWidth - gutter) / 2 - 2 * PAD * s;
        Map<Quadrant, List<String>> heads = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            heads.put(q, type.wrap(messages.get("poster.quadrantContinued", messages.quadrant(q)), true, headingSize,
                    fullWidth - 2 * PAD * s));
        }
        float headingGap = 0.35f * headingSize;
        List<ContinuationBands.Band> bands = ContinuationBands.plan(flow, top - bottom, gutter,
                q -> 2 * PAD * s + heads.get(q).size() * headingSize * HEADER_LEADING + headingGap);
        float y = top;
        for (ContinuationBands.Band band : bands) {
            Quadrant q = band.quadrant();
            float headingHeight = heads.get(q).size() * headingSize * HEADER_LEADING;
            float panelHeight = 2 * PAD * s + headingHeight + headingGap + band.textHeight();
            Box panel = new Box(MARGIN * s, y - panelHeight, fullWidth, panelHeight);
            panels.add(new PosterPage.Panel(q, panel, QuadrantStyle.fill(q)));
            Box inner = panel.inset(PAD * s);
            float below = place(heads.get(q), true, headingSize, HEADER_LEADING, inner.x(), inner.top(), inner.width());
            textBoxes.add(new Box(inner.x(), below, inner.width(), inner.top() - below));
            float textTop = below - headingGap;
            for (int c = 0; c < ContinuationBands.COLUMNS; c++) {
                Box area = new Box(inner.x() + c * (column + gutter + 2 * PAD * s), textTop - band.textHeight(),
                        column, band.textHeight());
                textBoxes.add(area);
                placeEntries(area, c == 0 && !band.complete()
                        ? flow.takeFirstColumn(q, area.height(), !band.firstOnPage(), brokenEntries)
                        : flow.take(q, area.height(), !band.firstOnPage(), brokenEntries), flow);
            }
            y -= panelHeight + gutter;
        }
    }

    /** Sets {@code lines} top-down in {@code area}, a bullet before each entry's first line. */
    private void placeEntries(Box area, List<EntryFlow.Line> lines, EntryFlow flow) {
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
            texts.add(new PlacedText(line.text(), line.rightToLeft(), false, flow.size(), x,
                    y - flow.size() * ASCENT, line.entryStart(), bulletX));
            y -= flow.leading();
            firstOnPage = false;
        }
    }

    PosterPage build() {
        texts.addAll(footerTexts);
        return new PosterPage(width, height, s, panels, texts, avatar, footerBand, textBoxes,
                List.copyOf(brokenEntries), headlineCut);
    }

    /**
     * Wraps a footer line between its " · " separated items where it can, so "Organiseren &
     * Communiceren 3/5" stays together and a broken line ends in "·"; an item wider than the line on
     * its own wraps as text.
     */
    private List<String> wrapAtSeparators(String text, float size, float maxWidth) {
        String lineEnd = PosterLayout.SEPARATOR.stripTrailing();
        List<String> lines = new ArrayList<>();
        String current = null;
        for (String item : TextCleaner.singleLine(text).split(Pattern.quote(PosterLayout.SEPARATOR))) {
            String joined = current == null ? item : current + PosterLayout.SEPARATOR + item;
            if (current != null && type.width(joined + lineEnd, false, size) > maxWidth) {
                lines.addAll(wrap(current + lineEnd, false, size, maxWidth));
                joined = item;
            }
            current = joined;
        }
        if (current != null) {
            lines.addAll(wrap(current, false, size, maxWidth));
        }
        return lines;
    }

    private List<String> wrap(String text, boolean bold, float size, float maxWidth) {
        String line = TextCleaner.singleLine(text);
        return line.isEmpty() ? List.of() : type.wrap(line, bold, size, maxWidth);
    }

    /** Places lines top-down from {@code y}; returns the bottom of the last line box. */
    private float place(List<String> lines, boolean bold, float size, float leading, float x, float y,
                        float maxWidth) {
        return place(lines, bold, size, leading, x, y, maxWidth, false);
    }

    /**
     * {@code sentence}: the lines are one Dutch or English sentence ("عبد الرحمن begeleidt … Zij …"), read left
     * to right whatever script the name starts with; otherwise each line's first strong character decides.
     */
    private float place(List<String> lines, boolean bold, float size, float leading, float x, float y,
                        float maxWidth, boolean sentence) {
        float cursor = y;
        for (String line : lines) {
            boolean rtl = !sentence && BidiShaper.isRightToLeft(line);
            float lineX = rtl ? x + maxWidth - type.width(line, bold, size) : x;
            texts.add(PlacedText.plain(line, rtl, bold, size, lineX, cursor - size * ASCENT));
            cursor -= size * leading;
        }
        return cursor;
    }
}
