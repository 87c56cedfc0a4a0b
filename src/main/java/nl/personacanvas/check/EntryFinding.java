package nl.personacanvas.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.personacanvas.model.Quadrant;

/**
 * The checker's findings for one entry.
 *
 * @param entryId      the entry
 * @param placed       the quadrant the panel put it in
 * @param bestFit      where it fits best (generic when it is too general or another person's task)
 * @param confidence   0..1, how sure the checker is of {@code bestFit}
 * @param elements     matrix elements it addresses: a person's links (confidence 1) replace automatic ones
 * @param attitudes    matrix attitude names it expresses
 * @param flags        misplaced, too general, another person's task, overlap
 * @param suggested    the quadrant to move it to when misplaced, else null
 * @param overlapsWith id of the entry it overlaps with, else null
 */
public record EntryFinding(String entryId, Quadrant placed, Placement bestFit, double confidence,
                           List<ElementMatch> elements, List<String> attitudes, Set<EntryFlag> flags,
                           Quadrant suggested, String overlapsWith) {

    public EntryFinding {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(placed, "placed");
        Objects.requireNonNull(bestFit, "bestFit");
        elements = List.copyOf(elements);
        attitudes = List.copyOf(attitudes);
        flags = Set.copyOf(flags);
        if (flags.contains(EntryFlag.MISPLACED) != (suggested != null)) {
            throw new IllegalArgumentException("A suggested quadrant goes with the misplaced flag only");
        }
        if (flags.contains(EntryFlag.OVERLAP) != (overlapsWith != null)) {
            throw new IllegalArgumentException("A twin goes with the overlap flag only");
        }
    }

    public boolean has(EntryFlag flag) {
        return flags.contains(flag);
    }

    public Optional<Quadrant> suggestedQuadrant() {
        return Optional.ofNullable(suggested);
    }

    public Optional<String> twin() {
        return Optional.ofNullable(overlapsWith);
    }
}
