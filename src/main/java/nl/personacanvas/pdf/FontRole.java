package nl.personacanvas.pdf;

/** The fonts a poster draws with: the main family, and the fallbacks for what it lacks. */
enum FontRole {
    REGULAR,
    BOLD,
    ARABIC,
    /** Arabic in bold text, as {@link #HEBREW_BOLD}: an Arabic name in the headline was drawn regular (pdf30). */
    ARABIC_BOLD,
    HEBREW,
    /** Hebrew in bold text (headlines, headings), so a Hebrew name is as heavy as the Latin words around it. */
    HEBREW_BOLD,
    SYMBOL
}
