package nl.personacanvas.merge;

/**
 * The value a text field gets for a choice. Keeping both of two different non-empty values is left to the
 * caller, which knows where the field can hold theirs (beside it, below it, or in the persona's notes).
 */
record TextResolution(String value, Outcome outcome) {

    /** @return the resolution, or null when both sides have a different value and {@code choice} is BOTH */
    static TextResolution of(String mine, String theirs, Choice choice) {
        return switch (choice) {
            case MINE -> new TextResolution(mine, Outcome.KEPT_MINE);
            case THEIRS -> new TextResolution(theirs, Outcome.TOOK_THEIRS);
            case BOTH -> {
                if (theirs.isEmpty() || mine.equals(theirs)) {
                    yield new TextResolution(mine, Outcome.COMBINED);
                }
                yield mine.isEmpty() ? new TextResolution(theirs, Outcome.COMBINED) : null;
            }
        };
    }

    /**
     * Like {@link #of}, for the fields kept both ways as paragraphs (a persona's notes, the working definition). A
     * coordinator importing panel members' files one after another got, from the third file, its unchanged notes
     * added again under "[uit …]", because the second import had added a line to them.
     */
    static TextResolution ofParagraphs(String mine, String theirs, Choice choice) {
        if (choice == Choice.BOTH && !theirs.isEmpty() && !mine.equals(theirs) && mine.contains(theirs)) {
            return new TextResolution(mine, Outcome.ALREADY_MINE);
        }
        return of(mine, theirs, choice);
    }
}
