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

    private static final Quadrant[] QUADRANTS = Quadrant.values();
    /** Bits per quadrant in {@link #flags} and {@link #suggested}. */
    private static final int WIDTH = 8;
    private static final int NO_SUGGESTION = 0xFF;
    private static final int[] NONE = new int[0];

    // What a finding needs sits in this object's own fields, so an entry touches few objects.
    private final Placement placement;
    private final double confidence;
    private final List<ElementMatch> elements;
    private final List<String> attitudes;
    /** Per quadrant the entry may sit in ({@link #WIDTH} bits each): the flag bits without overlap. */
    private final int flags;
    /** Per quadrant the entry may sit in: the ordinal of the quadrant to move it to, or {@link #NO_SUGGESTION}. */
    private final int suggested;
    private final int[] elementOrdinals;
    private final int[] attitudeOrdinals;

    Verdict(SortedStatement sorted, CoverageCalculator coverage) {
        this.placement = sorted.placement();
        this.confidence = sorted.confidence();
        // Copied once here: a finding's List.copyOf then returns them as they are instead of copying per entry.
        this.elements = List.copyOf(sorted.elements());
        this.attitudes = List.copyOf(sorted.attitudes());
        double[] scores = new double[QUADRANTS.length];
        for (Quadrant q : QUADRANTS) {
            scores[q.ordinal()] = sorted.scores().get(q);
        }
        int f = 0;
        int s = 0;
        for (Quadrant placed : QUADRANTS) {
            Quadrant suggestion = suggestion(sorted, scores, placed);
            f |= flagBits(sorted, suggestion) << placed.ordinal() * WIDTH;
            s |= (suggestion == null ? NO_SUGGESTION : suggestion.ordinal()) << placed.ordinal() * WIDTH;
        }
        this.flags = f;
        this.suggested = s;
        this.elementOrdinals = elements.isEmpty() ? NONE : coverage.elementOrdinals(elementIds(elements));
        this.attitudeOrdinals = coverage.attitudeOrdinals(attitudes);
    }

    private static int flagBits(SortedStatement sorted, Quadrant suggestion) {
        if (sorted.placement() == Placement.GENERIC) {
            return 1 << (sorted.reason() == GenericReason.OTHER_PERSON ? EntryFlag.OTHER_PERSON : EntryFlag.TOO_GENERAL)
                    .ordinal();
        }
        return suggestion == null ? 0 : 1 << EntryFlag.MISPLACED.ordinal();
    }

    private static List<String> elementIds(List<ElementMatch> elements) {
        List<String> ids = new ArrayList<>(elements.size());
        for (ElementMatch e : elements) {
            ids.add(e.elementId());
        }
        return ids;
    }

    /**
     * The quadrant to move an entry with this text to when it sits in {@code placed}, or null.
     *
     * @param scores the sorted statement's scores by quadrant ordinal
     */
    private static Quadrant suggestion(SortedStatement sorted, double[] scores, Quadrant placed) {
        if (sorted.placement() == Placement.GENERIC) {
            return null;
        }
        Quadrant best = sorted.placement().quadrant().orElseThrow();
        double margin = scores[best.ordinal()] - scores[placed.ordinal()];
        boolean clear = best == Quadrant.ATTITUDE || sorted.confidence() >= MISPLACED_CONFIDENCE
                && margin >= MISPLACED_MARGIN;
        return best != placed && clear ? best : null;
    }

    /** The finding of an entry with this text placed in {@code placed}; {@code twin} is its overlap or null. */
    EntryFinding finding(Entry entry, Quadrant placed, String twin) {
        int shift = placed.ordinal() * WIDTH;
        int bits = flags >>> shift & 0xFF | (twin == null ? 0 : OVERLAP_BIT);
        int suggestion = suggested >>> shift & 0xFF;
        return new EntryFinding(entry.id(), placed, placement, confidence, elements(entry), attitudes,
                FLAG_SETS.get(bits), suggestion == NO_SUGGESTION ? null : QUADRANTS[suggestion], twin);
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
            return elements;
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
