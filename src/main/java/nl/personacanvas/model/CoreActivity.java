package nl.personacanvas.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A core activity (kernactiviteit) a school chose: one of the matrix's A1-A5, or the school's own.
 *
 * @param id       stable id within the workbook, referenced by personas
 * @param matrixId "A1".."A5" when this is one of the matrix's activities, null for a school's own activity
 * @param name     the activity as the school words it
 * @param group    Internationalisation at Home or Mobiliteit
 */
public record CoreActivity(String id, String matrixId, String name, ActivityGroup group) {

    public CoreActivity {
        Objects.requireNonNull(id, "id");
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(group, "group");
    }

    public Optional<String> matrixActivity() {
        return Optional.ofNullable(matrixId);
    }

    public boolean isOwn() {
        return matrixId == null;
    }

    public CoreActivity withName(String v) {
        return new CoreActivity(id, matrixId, v, group);
    }

    public CoreActivity withGroup(ActivityGroup v) {
        return new CoreActivity(id, matrixId, name, v);
    }
}
