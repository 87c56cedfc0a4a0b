package nl.personacanvas.matrix;

import java.util.Objects;
import nl.personacanvas.model.ActivityGroup;

/**
 * One column of Tabel 3: a core activity (kernactiviteit) of the matrix.
 *
 * @param id    "A1".."A5", matching {@code CoreActivity.matrixId}
 * @param name  the study's wording of the activity
 * @param group Internationalisation at Home or Mobiliteit, as in Tabel 2
 */
public record MatrixActivity(String id, String name, ActivityGroup group) {

    public MatrixActivity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
    }
}
