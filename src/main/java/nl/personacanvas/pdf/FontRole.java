package nl.personacanvas.pdf;

/** The fonts a poster draws with: the main family, and the fallbacks for what it lacks. */
enum FontRole {
    REGULAR,
    BOLD,
    ARABIC,
    HEBREW,
    SYMBOL
}
