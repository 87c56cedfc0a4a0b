package nl.personacanvas.merge;

import java.util.Locale;
import java.util.Objects;

/**
 * One field that differs: of the workbook (subject null), of a core activity (subject = its id) or of a
 * persona (subject = its id). The values are as a person reads them (an activity by its name, a
 * portrait by its type and size); the UI gets the real values from the personas of the conflict.
 *
 * @param mine   my value, empty when I have none
 * @param theirs their value, empty when they have none
 */
public record FieldDifference(Scope scope, String subject, Field field, String mine, String theirs)
        implements Difference {

    /** What the field belongs to. */
    public enum Scope { WORKBOOK, ACTIVITY, PERSONA }

    public FieldDifference {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(field, "field");
        mine = Objects.requireNonNullElse(mine, "");
        theirs = Objects.requireNonNullElse(theirs, "");
    }

    @Override
    public String key() {
        return scope.name().toLowerCase(Locale.ROOT) + (subject == null ? "" : ":" + subject)
                + ":field:" + field.key();
    }

    @Override
    public Choice defaultChoice() {
        return Choice.BOTH;
    }

    @Override
    public boolean conflicting() {
        return field.shape() != Field.Shape.LIST && !mine.isEmpty() && !theirs.isEmpty();
    }
}
