package nl.personacanvas.pdf;

import java.awt.Color;
import java.util.List;

/**
 * One laid-out page of the side-by-side comparison, before drawing: what the painter draws and what tests
 * check drawn text against.
 *
 * @param size    the entries' font size, the same on every page
 * @param columns the persona columns' boxes, from below the column heads to the foot of the page or the key
 * @param key     the key's columns' boxes on a page that has (part of) the key, else none
 */
record ComparisonPage(float size, List<Fill> fills, List<Tag> tags, List<Ink> texts, List<Box> columns,
                      List<Box> key) {

    /** A filled rectangle: quadrant band, twin bar, missing-element background, rule. */
    record Fill(Box box, Color colour) {
    }

    /** A numbered colour tag of a twin group, numbered from 1 as on screen. */
    record Tag(Box box, int group, PlacedText label) {
    }

    /** A line of text in a colour. */
    record Ink(PlacedText text, Color colour) {
    }

    ComparisonPage {
        fills = List.copyOf(fills);
        tags = List.copyOf(tags);
        texts = List.copyOf(texts);
        columns = List.copyOf(columns);
        key = List.copyOf(key);
    }
}
