package nl.personacanvas.pdf;

/**
 * One line of text with its final position: what the painter draws and what tests check against the
 * box it belongs to.
 *
 * @param x        left end of the line
 * @param baseline baseline of the line
 * @param bullet   draw a bullet before the line (first line of a canvas entry)
 * @param bulletX  left end of the bullet: left of the text, or right of it for right-to-left text
 */
record PlacedText(String text, boolean rightToLeft, boolean bold, float size, float x, float baseline,
                  boolean bullet, float bulletX) {

    static PlacedText plain(String text, boolean rightToLeft, boolean bold, float size, float x, float baseline) {
        return new PlacedText(text, rightToLeft, bold, size, x, baseline, false, x);
    }
}
