package nl.personacanvas.merge;

import java.util.Objects;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;

/**
 * One column of a comparison: a persona, the core activity it works on in its own workbook, and where it
 * comes from (personas of different workbook files can be compared).
 *
 * @param source   how to name its workbook, e.g. the file name
 * @param activity its core activity, null when its workbook has none for it
 */
public record ComparedPersona(String source, Persona persona, CoreActivity activity) {

    public ComparedPersona {
        source = Objects.requireNonNullElse(source, "");
        Objects.requireNonNull(persona, "persona");
    }

    /** The matrix activity (A1..A5), or null for a school's own activity or none. */
    public String matrixActivityId() {
        return activity == null ? null : activity.matrixId();
    }
}
