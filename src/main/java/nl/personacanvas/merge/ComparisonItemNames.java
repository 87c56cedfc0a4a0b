package nl.personacanvas.merge;

import java.util.Locale;
import java.util.Objects;
import nl.personacanvas.matrix.ElementNames;
import nl.personacanvas.matrix.MatrixRole;

/**
 * A matrix element as a comparison names it: "Ontwerpen 1" when its personas share one activity, "A4 Ontwerpen 1" when
 * they are of several, since A2's "Ontwerpen 1" is not A4's. The tags under the entries, the red marks and the key say
 * it alike, in the window and in its PDF. An element of every activity (the professional row) and an attitude, named
 * by its words, keep their names.
 */
public final class ComparisonItemNames {
    private final ElementNames names;
    private final boolean severalActivities;

    public ComparisonItemNames(Locale locale, PersonaComparison comparison) {
        this.names = new ElementNames(locale);
        this.severalActivities = comparison.items().stream().map(PersonaComparison.ItemRow::item)
                .filter(item -> item.role() != MatrixRole.ATTITUDES)
                .map(MatrixItem::activityId).filter(Objects::nonNull).distinct().count() > 1;
    }

    /** "Ontwerpen 2", or "A4 Ontwerpen 2" in a comparison of several activities. */
    public String name(MatrixItem item) {
        return activity(item) + names.name(item.role(), item.id(), item.label());
    }

    /** "Ontwerpen 2 (Opdrachten en evaluaties ontwikkelen)", with the activity as in {@link #name}. */
    public String nameWithWords(MatrixItem item) {
        return activity(item) + names.nameWithWords(item.role(), item.id(), item.label());
    }

    private String activity(MatrixItem item) {
        return severalActivities && item.activityId() != null && item.role() != MatrixRole.ATTITUDES
                ? item.activityId() + " " : "";
    }
}
