package nl.personacanvas.pdf;

import java.util.List;
import java.util.Objects;

/**
 * What the check still says of a school's own core activity. It has no column in the matrix, so no elements to cover
 * and no {@link CoverageGaps}; what applies is where each entry fits and its flags, the matrix's professional row
 * (across all activities) and its shared attitudes, over the activity's personas together.
 *
 * @param activityId            the workbook's own core activity
 * @param flags                 one per checked persona of the activity, in workbook order
 * @param professionalTotal     elements of the professional row
 * @param professionalUncovered those no persona of the activity shows, as the matrix words them
 * @param attitudesTotal        the shared attitudes
 * @param attitudesUncovered    those no persona of the activity names
 */
public record OwnActivityCheck(String activityId, List<EntryFlags> flags, int professionalTotal,
                               List<String> professionalUncovered, int attitudesTotal,
                               List<String> attitudesUncovered) {

    public OwnActivityCheck {
        Objects.requireNonNull(activityId, "activityId");
        flags = List.copyOf(flags);
        professionalUncovered = List.copyOf(professionalUncovered);
        attitudesUncovered = List.copyOf(attitudesUncovered);
    }
}
