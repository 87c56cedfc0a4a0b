package nl.personacanvas.merge;

/** What a merge did with one difference; reports say it in words ({@code report.*.<outcome>}). */
public enum Outcome {
    KEPT_MINE,
    TOOK_THEIRS,
    /** Both versions kept, theirs marked with where it came from: a conflict left for a person. */
    KEPT_BOTH,
    /** Both sides combined without anything to mark (a list union, an empty field filled in). */
    COMBINED,
    /**
     * Their text already stands in mine (an earlier import put it there, and this file is of someone who had not
     * changed it): mine kept, nothing marked, as a marked copy would only repeat it.
     */
    ALREADY_MINE
}
