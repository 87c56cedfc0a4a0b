package nl.personacanvas.merge;

/** What to do with one difference between my workbook and theirs. */
public enum Choice {
    /** Keep my version (for something only they have: do not take it over). */
    MINE,
    /** Take their version (for something only I have: drop it, as they did). */
    THEIRS,
    /** Keep both versions, theirs marked with where it came from. The default: it never loses anything. */
    BOTH
}
