package nl.personacanvas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Quadrant;

/**
 * What an entry can be linked to by hand: for one of the matrix's activities the cell of the entry's quadrant plus
 * the professional row (for Houding: the shared and the activity's attitudes); for a school's own activity, or
 * none, the professional row or the shared attitudes.
 */
final class LinkOptions {
    private final CompetencyMatrix matrix;

    LinkOptions(CompetencyMatrix matrix) {
        this.matrix = matrix;
    }

    List<LinkOption> of(CoreActivity activity, Quadrant quadrant) {
        Optional<String> matrixId = Optional.ofNullable(activity).flatMap(CoreActivity::matrixActivity)
                .filter(id -> matrix.activity(id).isPresent());
        if (quadrant == Quadrant.ATTITUDE) {
            return matrixId.map(matrix::attitudesFor).orElse(matrix.sharedAttitudes()).stream()
                    .map(a -> new LinkOption(a.id(), a.name(), "")).toList();
        }
        List<MatrixElement> elements = new ArrayList<>();
        matrixId.ifPresent(id -> elements.addAll(matrix.cell(id, quadrant).elements()));
        elements.addAll(matrix.professional().elements());
        return elements.stream().map(e -> new LinkOption(e.id(), e.label(), e.excerpt())).toList();
    }
}
