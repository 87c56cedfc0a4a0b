package nl.personacanvas.check;

import java.util.List;
import java.util.Objects;

/**
 * One statement of an evaluation set: the placement people chose for it.
 *
 * @param id         the line's id, e.g. D001
 * @param activity   the matrix activity A1..A5 of the persona
 * @param placement  the expected quadrant or generic
 * @param attitudes  the matrix attitudes it expresses
 * @param text       the statement
 * @param alsoAccept other placements that are also defensible
 */
public record LabelledStatement(String id, String activity, Placement placement, List<String> attitudes, String text,
                                List<Placement> alsoAccept) {

    public LabelledStatement {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(text, "text");
        attitudes = List.copyOf(attitudes);
        alsoAccept = List.copyOf(alsoAccept);
    }

    public boolean accepts(Placement p) {
        return placement == p || alsoAccept.contains(p);
    }
}
