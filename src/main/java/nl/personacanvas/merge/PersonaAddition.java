package nl.personacanvas.merge;

import java.util.Objects;
import nl.personacanvas.model.Persona;

/**
 * A persona only they have. Taken over by default ({@link Choice#THEIRS} or {@link Choice#BOTH});
 * {@link Choice#MINE} leaves it out.
 *
 * @param persona their persona, its core activity already pointing at the merged workbook's activity
 */
public record PersonaAddition(Persona persona) implements Difference {

    public PersonaAddition {
        Objects.requireNonNull(persona, "persona");
    }

    @Override
    public String key() {
        return "persona:" + persona.id() + ":add";
    }

    @Override
    public Choice defaultChoice() {
        return Choice.BOTH;
    }

    @Override
    public boolean conflicting() {
        return false;
    }
}
