package nl.personacanvas.pdf;

import java.util.Objects;

/**
 * How many of one persona's entries the check flags, by kind: plain counts so the report never depends on the checker.
 *
 * @param personaId   the persona
 * @param misplaced   entries that fit another quadrant better (the check's quadrant fit)
 * @param tooGeneral  entries with nothing international, intercultural or about diversity
 * @param otherPerson entries that are another person's task
 * @param overlapping entries that repeat another entry
 */
public record EntryFlags(String personaId, int misplaced, int tooGeneral, int otherPerson, int overlapping) {

    public EntryFlags {
        Objects.requireNonNull(personaId, "personaId");
    }

    public boolean none() {
        return misplaced + tooGeneral + otherPerson + overlapping == 0;
    }
}
