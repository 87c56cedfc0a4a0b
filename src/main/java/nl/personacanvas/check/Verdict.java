package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;

/**
 * Where one distinct entry text lands for one activity, worked out once so each entry carrying that text
 * costs a finding and a few array writes: the flags and suggestion for every quadrant the entry may sit
 * in, and the matrix elements and attitudes it adds to the coverage as ordinals. Immutable.
 */
final class Verdict {
    /** A suggestion to move needs a clear winner, not a toss-up between two quadrants. */
    private static final double MISPLACED_CONFIDENCE = 0.5;
    private static final double MISPLACED_MARGIN = 0.2;
    private static final int OVERLAP_BIT = 1 << EntryFlag.OVERLAP.ordinal();
    /** Every combination of flags as an immutable set, indexed by the bits of the flags' ordinals. */
    private static final List<Set<EntryFlag>> FLAG_SETS = flagSets();

    private final SortedStatement sorted;
    private final int[] flagBits = new int[Quadrant.values().length];
    private final Quadrant[] suggested = new Quadrant[Quadrant.values().length];
    private final int[] elementOrdinals;
    private final int[] attitudeOrdinals;

    Verdict(SortedStatement sorted, CoverageCalculator coverage) {
        this.sorted = sorted;
        for (Quadrant placed : Quadrant.values()) {
            decide(placed);
        }
        this.elementOrdinals = coverage.elementOrdinals(sorted.elements().stream().map(ElementMatch::elementId).toList());
        this.attitudeOrdinals = coverage.attitudeOrdinals(sorted.attitudes());
    }

    private void decide(Quadrant placed) {
        int bits = 0;
        if (sorted.placement() == Placement.GENERIC) {
            bits |= 1 << (sorted.reason() == GenericReason.OTHER_PERSON ? EntryFlag.OTHER_PERSON : EntryFlag.TOO_GENERAL)
                    .ordinal();
        } else {
            Quadrant best = sorted.placement().quadrant().orElseThrow();
            double margin = sorted.scores().get(best) - sorted.scores().get(placed);
            boolean clear = best == Quadrant.ATTITUDE || sorted.confidence() >= MISPLACED_CONFIDENCE
                    && margin >= MISPLACED_MARGIN;
            if (best != placed && clear) {
                bits |= 1 << EntryFlag.MISPLACED.ordinal();
                suggested[placed.ordinal()] = best;
            }
        }
        flagBits[placed.ordinal()] = bits;
    }

    SortedStatement sorted() {
        return sorted;
    }

    /** The finding of an entry with this text placed in {@code placed}; {@code twin} is its overlap or null. */
    EntryFinding finding(Entry entry, Quadrant placed, String twin) {
        int bits = flagBits[placed.ordinal()] | (twin == null ? 0 : OVERLAP_BIT);
        return new EntryFinding(entry.id(), placed, sorted.placement(), sorted.confidence(), elements(entry),
                sorted.attitudes(), FLAG_SETS.get(bits), suggested[placed.ordinal()], twin);
    }

    /** Marks what the entry adds to the canvas's coverage; a person's links replace the automatic matches. */
    void addTo(Entry entry, boolean[] elements, boolean[] attitudes, CoverageCalculator coverage) {
        int[] ordinals = entry.links().isEmpty() ? elementOrdinals : coverage.elementOrdinals(entry.links());
        for (int o : ordinals) {
            elements[o] = true;
        }
        for (int o : attitudeOrdinals) {
            attitudes[o] = true;
        }
    }

    /** A person's links win: when an entry has them, they replace the automatic matches. */
    private List<ElementMatch> elements(Entry entry) {
        if (entry.links().isEmpty()) {
            return sorted.elements();
        }
        return new LinkedHashSet<>(entry.links()).stream().map(id -> new ElementMatch(id, 1.0, true)).toList();
    }

    private static List<Set<EntryFlag>> flagSets() {
        EntryFlag[] flags = EntryFlag.values();
        List<Set<EntryFlag>> result = new ArrayList<>(1 << flags.length);
        for (int bits = 0; bits < 1 << flags.length; bits++) {
            Set<EntryFlag> set = EnumSet.noneOf(EntryFlag.class);
            for (EntryFlag f : flags) {
                if ((bits & 1 << f.ordinal()) != 0) {
                    set.add(f);
                }
            }
            result.add(Set.copyOf(set));
        }
        return List.copyOf(result);
    }
}
