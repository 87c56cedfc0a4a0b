package nl.personacanvas.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.model.Quadrant;

/**
 * Everything on one poster page, positioned: computed by {@link PosterLayout}, drawn by
 * {@link PosterPainter}. Every piece of text lies inside one of {@link #textBoxes()}.
 *
 * @param avatar    where the portrait or initials avatar goes, or null on a continuation page
 * @param footer    the footer band, or null without footer
 * @param textBoxes the areas text may occupy
 * @param brokenEntries entries that begin on this page and go on on the next, being taller than a quadrant
 * @param headlineCut   the page's headline is not printed whole (a name and a role of the longest lengths)
 */
record PosterPage(float width, float height, float scale, List<Panel> panels, List<PlacedText> texts, Box avatar,
                  Box footer, List<Box> textBoxes, List<String> brokenEntries, boolean headlineCut) {

    /** This page with one more line of text, in a box of its own. */
    PosterPage with(PlacedText text, Box box) {
        List<PlacedText> moreTexts = new ArrayList<>(texts);
        moreTexts.add(text);
        List<Box> moreBoxes = new ArrayList<>(textBoxes);
        moreBoxes.add(box);
        return new PosterPage(width, height, scale, panels, List.copyOf(moreTexts), avatar, footer,
                List.copyOf(moreBoxes), brokenEntries, headlineCut);
    }

    /** A coloured quadrant. */
    record Panel(Quadrant quadrant, Box box, Color fill) {
    }
}
