package nl.personacanvas.merge;

import java.util.Objects;
import nl.personacanvas.matrix.MatrixRole;

/** How many of the items of one role (design, deliver, organise, attitudes) are covered. */
public record RoleCompleteness(MatrixRole role, int covered, int total) {

    public RoleCompleteness {
        Objects.requireNonNull(role, "role");
        if (covered < 0 || covered > total) {
            throw new IllegalArgumentException(covered + " of " + total);
        }
    }

    /** Between 0 and 1; 0 when the role has no items. */
    public double fraction() {
        return total == 0 ? 0 : (double) covered / total;
    }

    RoleCompleteness plus(RoleCompleteness other) {
        return new RoleCompleteness(role, covered + other.covered, total + other.total);
    }
}
