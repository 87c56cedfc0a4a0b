package nl.personacanvas.merge;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.personacanvas.model.Persona;

/**
 * A persona both sides have (same id) that differs, with every differing field and entry. Timestamps
 * are not compared: a persona that was only saved again is not a conflict.
 *
 * @param mine    my persona
 * @param theirs  their persona, its core activity already pointing at the merged workbook's activity
 */
public record PersonaConflict(Persona mine, Persona theirs, List<FieldDifference> fields,
                              List<EntryDifference> entries) {

    public PersonaConflict {
        Objects.requireNonNull(mine, "mine");
        Objects.requireNonNull(theirs, "theirs");
        fields = List.copyOf(fields);
        entries = List.copyOf(entries);
    }

    public String personaId() {
        return mine.id();
    }

    public boolean isEmpty() {
        return fields.isEmpty() && entries.isEmpty();
    }

    public Stream<Difference> differences() {
        return Stream.concat(fields.stream(), entries.stream());
    }
}
