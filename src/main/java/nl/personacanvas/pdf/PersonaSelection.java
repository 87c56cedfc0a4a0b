package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;

/** Which personas of a workbook to export: all, the given ids, or those of one core activity. */
public final class PersonaSelection {

    private PersonaSelection() {
    }

    /**
     * The personas to export, in workbook order.
     *
     * @param ids      persona ids; empty for all
     * @param activity a core activity's matrix id (A1..A5) or workbook id; null for any
     * @throws IllegalArgumentException naming the first unknown persona id or activity
     */
    public static List<Persona> select(Workbook workbook, List<String> ids, String activity) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        for (String id : wanted) {
            if (workbook.persona(id).isEmpty()) {
                throw new IllegalArgumentException(id);
            }
        }
        String activityId = null;
        if (activity != null) {
            activityId = workbook.activities().stream()
                    .filter(a -> activity.equalsIgnoreCase(a.matrixId()) || activity.equals(a.id()))
                    .map(CoreActivity::id).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(activity));
        }
        List<Persona> selected = new ArrayList<>();
        for (Persona p : workbook.personas()) {
            if ((wanted.isEmpty() || wanted.contains(p.id())) && (activityId == null || activityId.equals(p.activityId()))) {
                selected.add(p);
            }
        }
        return selected;
    }
}
