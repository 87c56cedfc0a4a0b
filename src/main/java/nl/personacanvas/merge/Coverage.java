package nl.personacanvas.merge;

/** How a persona stands towards one matrix element or attitude. */
public enum Coverage {
    /** A person linked an entry to it. */
    LINKED,
    /** An entry addresses it by its wording, found by the checker. */
    MATCHED,
    /** It belongs to the persona's activity, but no entry addresses it. */
    MISSING,
    /** It belongs to another activity and no entry addresses it. */
    NOT_EXPECTED;

    public boolean covered() {
        return this == LINKED || this == MATCHED;
    }

    /** A person's link says more than a match by wording, so it wins when an entry has both. */
    Coverage strongest(Coverage other) {
        return other == null || this.ordinal() <= other.ordinal() ? this : other;
    }
}
