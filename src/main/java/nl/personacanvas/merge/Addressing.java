package nl.personacanvas.merge;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;

/**
 * Which matrix items entries and personas address: the links a person set, then the matcher's finds.
 * Ids the matrix does not know (a link to an element of an older matrix version) are left out.
 */
final class Addressing {
    private final CompetencyMatrix matrix;
    private final ElementMatcher matcher;

    Addressing(CompetencyMatrix matrix, ElementMatcher matcher) {
        this.matrix = matrix;
        this.matcher = matcher;
    }

    /** Item id to {@link Coverage#LINKED} or {@link Coverage#MATCHED}, in the order found. */
    Map<String, Coverage> of(Entry entry, Quadrant quadrant, String matrixActivityId) {
        Map<String, Coverage> result = new LinkedHashMap<>();
        entry.links().stream().filter(matrix::containsId).forEach(id -> result.put(id, Coverage.LINKED));
        matcher.matches(entry, quadrant, matrixActivityId).stream().filter(matrix::containsId)
                .forEach(id -> result.merge(id, Coverage.MATCHED, Coverage::strongest));
        return result;
    }

    Map<String, Coverage> of(Persona persona, String matrixActivityId) {
        Map<String, Coverage> result = new LinkedHashMap<>();
        for (Quadrant q : Quadrant.values()) {
            for (Entry entry : persona.canvas().entries(q)) {
                of(entry, q, matrixActivityId).forEach((id, c) -> result.merge(id, c, Coverage::strongest));
            }
        }
        return result;
    }
}
