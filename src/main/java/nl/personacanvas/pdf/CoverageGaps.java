package nl.personacanvas.pdf;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.personacanvas.model.Quadrant;

/**
 * What none of the checked personas of one core activity covers, in the matrix's wording: elements of
 * the design, deliver and organise cells, and (under {@link Quadrant#ATTITUDE}) the attitudes.
 *
 * @param activityId the workbook's core activity
 * @param uncovered  per quadrant, in the matrix's order; a quadrant with nothing missing may be absent
 */
public record CoverageGaps(String activityId, Map<Quadrant, List<String>> uncovered) {

    public CoverageGaps {
        Objects.requireNonNull(activityId, "activityId");
        Map<Quadrant, List<String>> copy = new EnumMap<>(Quadrant.class);
        uncovered.forEach((q, items) -> copy.put(q, List.copyOf(items)));
        uncovered = Map.copyOf(copy);
    }

    public List<String> uncovered(Quadrant quadrant) {
        return uncovered.getOrDefault(quadrant, List.of());
    }

    public boolean isComplete() {
        return uncovered.values().stream().allMatch(List::isEmpty);
    }
}
