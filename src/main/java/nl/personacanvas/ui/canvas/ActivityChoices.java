package nl.personacanvas.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixActivity;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Ids;
import nl.personacanvas.model.Workbook;

/**
 * What the core activity picker offers: the matrix's A1-A5 in their order (the workbook's own version of
 * one where it has it, else the study's) and then the school's own activities. An A-activity the
 * workbook lacks keeps the same id for as long as the window lives, so the picker's items stay put and
 * choosing it can add exactly that activity to the workbook.
 */
final class ActivityChoices {
    private final CompetencyMatrix matrix;
    private final Map<String, CoreActivity> candidates = new HashMap<>();

    ActivityChoices(CompetencyMatrix matrix) {
        this.matrix = matrix;
    }

    List<CoreActivity> of(Workbook wb) {
        List<CoreActivity> result = new ArrayList<>();
        for (MatrixActivity m : matrix.activities()) {
            List<CoreActivity> present = wb.activities().stream().filter(a -> m.id().equals(a.matrixId())).toList();
            if (present.isEmpty()) {
                result.add(candidates.computeIfAbsent(m.id(),
                        id -> new CoreActivity(Ids.newActivityId(), id, m.name(), m.group())));
            } else {
                result.addAll(present);
            }
        }
        wb.activities().stream().filter(a -> !result.contains(a)).forEach(result::add);
        return result;
    }
}
