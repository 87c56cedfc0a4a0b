package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.personacanvas.model.Quadrant;

/**
 * Where the checker places one statement.
 *
 * @param text       the statement as given
 * @param placement  best quadrant, or generic
 * @param reason     why it is generic; null otherwise
 * @param elements   matrix elements it addresses, best first
 * @param attitudes  matrix attitude names it expresses (only for attitude statements)
 * @param confidence 0..1, how sure the checker is of the placement
 * @param scores     how well the statement fits each quadrant (sums to 1), whatever the placement
 */
public record SortedStatement(String text, Placement placement, GenericReason reason, List<ElementMatch> elements,
                              List<String> attitudes, double confidence, Map<Quadrant, Double> scores) {

    public SortedStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(placement, "placement");
        if ((placement == Placement.GENERIC) != (reason != null)) {
            throw new IllegalArgumentException("A reason goes with generic placements only");
        }
        elements = List.copyOf(elements);
        attitudes = List.copyOf(attitudes);
        scores = Map.copyOf(scores);
    }

    public Optional<GenericReason> genericReason() {
        return Optional.ofNullable(reason);
    }

    /** The quadrant the statement fits best, even when it is generic. */
    public Quadrant bestQuadrant() {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(Quadrant.DESIGN);
    }
}
