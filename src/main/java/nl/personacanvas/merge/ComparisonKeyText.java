package nl.personacanvas.merge;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.personacanvas.matrix.MatrixRole;

/**
 * What the comparison's key says, in the reader's language: what the marks mean (a star after an element's name, a
 * coloured number, red) and the matrix's words for every element the comparison names ("Ontwerpen 2: Opdrachten en
 * evaluaties ontwikkelen"), in reading order. The one source of the key for the comparison window and its PDF, which
 * each lay it out their own way. An attitude is named by its words already and has no line of its own.
 */
public final class ComparisonKeyText {
    /** By activity (the shared professional row last), then as the rows and numbers of the matrix run. */
    private static final Comparator<MatrixItem> READING = Comparator
            .comparing(MatrixItem::activityId, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(item -> item.role() == MatrixRole.PROFESSIONAL ? MatrixRole.values().length
                    : item.role().ordinal())
            .thenComparing(item -> Integer.parseInt(item.number()));

    private final MergeText text;
    private final List<String> elements;

    public ComparisonKeyText(Locale locale, PersonaComparison comparison) {
        this.text = new MergeText(locale);
        // "Ontwerpen 1" of A2 is not that of A4: with personas of several activities the key says whose it is, as the
        // tags and marks do.
        ComparisonItemNames names = new ComparisonItemNames(text.locale(), comparison);
        List<MatrixItem> items = comparison.items().stream().map(PersonaComparison.ItemRow::item)
                .filter(item -> item.role() != MatrixRole.ATTITUDES).sorted(READING).toList();
        this.elements = items.stream().map(item -> text.get("compare.key.item", names.name(item), item.label()))
                .toList();
    }

    /** "Sleutel" / "Key". */
    public String heading() {
        return text.get("compare.key");
    }

    /** What a star, a coloured number and red mean. */
    public String marks() {
        return text.get("compare.key.marks");
    }

    /** One line per element: "Ontwerpen 2: Opdrachten en evaluaties ontwikkelen". */
    public List<String> elements() {
        return elements;
    }
}
