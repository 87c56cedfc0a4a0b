package nl.personacanvas.check;

/** What the checker has to say about one canvas entry, as the study's researchers did by hand. */
public enum EntryFlag {
    /** Clearly fits another quadrant (see {@link EntryFinding#suggested()}). */
    MISPLACED,
    /** Nothing international, intercultural or about diversity. */
    TOO_GENERAL,
    /** The task of another person than the teacher. */
    OTHER_PERSON,
    /** Says much the same as another entry of the canvas (see {@link EntryFinding#overlapsWith()}). */
    OVERLAP
}
