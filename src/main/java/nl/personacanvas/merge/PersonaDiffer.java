package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;

/** Compares two versions of one persona field by field and entry by entry. */
final class PersonaDiffer {

    private PersonaDiffer() {
    }

    /**
     * @param activityName the name of a core activity of the merged workbook by id, for showing the activity field
     */
    static PersonaConflict diff(Persona mine, Persona theirs, Function<String, String> activityName) {
        List<FieldDifference> fields = new ArrayList<>();
        String id = mine.id();
        compare(fields, id, Field.NAME, mine.name(), theirs.name());
        compare(fields, id, Field.ROLE, mine.role(), theirs.role());
        if (!mine.activityId().equals(theirs.activityId())) {
            fields.add(new FieldDifference(FieldDifference.Scope.PERSONA, id, Field.ACTIVITY,
                    activityName.apply(mine.activityId()), activityName.apply(theirs.activityId())));
        }
        if (!mine.authors().equals(theirs.authors())) {
            fields.add(new FieldDifference(FieldDifference.Scope.PERSONA, id, Field.AUTHORS,
                    String.join(", ", mine.authors()), String.join(", ", theirs.authors())));
        }
        compare(fields, id, Field.NOTES, mine.notes(), theirs.notes());
        if (!Objects.equals(mine.portrait(), theirs.portrait())) {
            fields.add(new FieldDifference(FieldDifference.Scope.PERSONA, id, Field.PORTRAIT,
                    describe(mine.portrait()), describe(theirs.portrait())));
        }
        return new PersonaConflict(mine, theirs, fields, EntryDiffer.diff(id, mine.canvas(), theirs.canvas()));
    }

    private static void compare(List<FieldDifference> fields, String personaId, Field field, String mine, String theirs) {
        if (!mine.equals(theirs)) {
            fields.add(new FieldDifference(FieldDifference.Scope.PERSONA, personaId, field, mine, theirs));
        }
    }

    private static String describe(Portrait portrait) {
        return portrait == null ? "" : portrait.mediaType() + ", " + Math.max(1, portrait.size() / 1024) + " kB";
    }
}
