package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a poster page: on the first page the headline ("Laura begeleidt … Zij …", {@link PosterHeadline}), the
 * core activity and school · team beside the portrait's square; on a continuation page the headline shortened to a
 * title "… (vervolg, pagina 2)".
 */
final class PosterHeader extends PosterPart {
    private static final float AVATAR = 78;
    private static final float TITLE_SIZE = 22;
    private static final float TITLE_MIN = 14;
    /** A continuation page's title, "… (vervolg, pagina 2)", at most; the first page prints the headline whole. */
    private static final int CONTINUED_LINES = 2;
    private static final float SUB_SIZE = 11;

    /**
     * @param texts       its lines, top-down
     * @param avatar      the portrait's square, or null
     * @param textBox     the box its lines stand in; its foot is the header's foot (the avatar's when that is lower)
     * @param headlineCut some of the headline is not printed (see {@link PosterHeadline})
     */
    record Placed(List<PlacedText> texts, Box avatar, Box textBox, boolean headlineCut) {
        float bottom() {
            return textBox.y();
        }
    }

    PosterHeader(PosterFrame frame) {
        super(frame);
    }

    /** The first page's header below {@code top}, with the portrait's square at the right when {@code withAvatar}. */
    Placed headline(PosterContent content, boolean withAvatar, float top) {
        float margin = PosterPageBuilder.MARGIN * s;
        float gap = PosterPageBuilder.GAP * s;
        float avatarSize = AVATAR * s;
        Box avatar = withAvatar ? new Box(width - margin - avatarSize, top - avatarSize, avatarSize, avatarSize) : null;
        float textWidth = width - 2 * margin - (withAvatar ? avatarSize + 2 * gap : 0);
        PosterHeadline.Set headline = PosterHeadline.of(TextCleaner.singleLine(content.title()), TITLE_SIZE * s,
                TITLE_MIN * s, s, (text, size) -> type.wrap(text, true, size, textWidth),
                text -> type.wrap(text, false, SUB_SIZE * s, textWidth));
        List<PlacedText> texts = new ArrayList<>();
        float y = lines.place(texts, headline.title(), true, headline.titleSize(), margin, top, textWidth, true);
        y = lines.place(texts, headline.rest(), false, SUB_SIZE * s, margin, y, textWidth, true);
        y -= 0.4f * SUB_SIZE * s;
        y = lines.place(texts, lines.wrap(content.activity(), true, SUB_SIZE * s, textWidth), true, SUB_SIZE * s,
                margin, y, textWidth, false);
        y = lines.place(texts, lines.wrap(content.school(), false, SUB_SIZE * s, textWidth), false, SUB_SIZE * s,
                margin, y, textWidth, false);
        float headerBottom = withAvatar ? Math.min(y, top - avatarSize) : y;
        return new Placed(texts, avatar, new Box(margin, headerBottom, textWidth, top - headerBottom),
                headline.cut());
    }

    /** A continuation page's title below {@code top}. */
    Placed continued(PosterContent content, int pageNumber, float top) {
        float margin = PosterPageBuilder.MARGIN * s;
        float size = SUB_SIZE * s * 1.2f;
        float textWidth = width - 2 * margin;
        List<String> title = continuedTitle(TextCleaner.singleLine(content.title()), pageNumber, size, textWidth);
        List<PlacedText> texts = new ArrayList<>();
        float y = lines.place(texts, title, true, size, margin, top, textWidth, true);
        return new Placed(texts, null, new Box(margin, y, textWidth, top - y), false);
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
}
