package nl.personacanvas.pdf;

/** What the main font could not draw in a piece of text, and what was drawn instead. */
enum Fallback {
    /** Drawn with Noto Sans Arabic. */
    ARABIC_FONT,
    /** Drawn with Noto Sans Hebrew. */
    HEBREW_FONT,
    /** Drawn with the symbol and emoji font. */
    SYMBOL_FONT,
    /** No bundled font has it: a visible replacement mark stands in its place. */
    REPLACEMENT_MARK
}
