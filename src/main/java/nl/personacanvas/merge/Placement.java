package nl.personacanvas.merge;

import java.util.Objects;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;

/** An entry as one side has it: its content, quadrant and position in that quadrant. */
public record Placement(Entry entry, Quadrant quadrant, int index) {

    public Placement {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(quadrant, "quadrant");
    }
}
