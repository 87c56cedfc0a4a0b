package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;

/**
 * What the comparison's key says, in the reader's language: what the marks mean (a star after an element's name, a
 * coloured number, red) and the matrix's words for every element the comparison names ("Ontwerpen 2: Opdrachten en
 * evaluaties ontwikkelen"), in {@link #COLUMNS} columns read row by row. An attitude is named by its words already
 * and has no line of its own.
 */
final class ComparisonKey {
    static final int COLUMNS = 3;
    /** By activity (the shared professional row last), then as the rows and numbers of the matrix run. */
    private static final Comparator<MatrixItem> READING = Comparator
            .comparing(MatrixItem::activityId, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(item -> item.role() == MatrixRole.PROFESSIONAL ? MatrixRole.values().length
                    : item.role().ordinal())
            .thenComparing(item -> Integer.parseInt(item.number()));

    private final PdfMessages messages;
    private final List<List<String>> rows = new ArrayList<>();

    ComparisonKey(PdfMessages messages, PersonaComparison comparison) {
        this.messages = messages;
        List<MatrixItem> items = comparison.items().stream().map(PersonaComparison.ItemRow::item)
                .filter(item -> item.role() != MatrixRole.ATTITUDES).sorted(READING).toList();
        // "Ontwerpen 1" of A2 is not that of A4: with personas of several activities the key says whose it is.
        boolean several = items.stream().map(MatrixItem::activityId).filter(Objects::nonNull).distinct().count() > 1;
        List<String> elements = items.stream().map(item -> messages.get("compare.key.item",
                (several && item.activityId() != null ? item.activityId() + " " : "") + messages.item(item),
                TextCleaner.singleLine(item.label()))).toList();
        for (int i = 0; i < elements.size(); i += COLUMNS) {
            rows.add(elements.subList(i, Math.min(i + COLUMNS, elements.size())));
        }
    }

    String heading(boolean continued) {
        String heading = messages.get("compare.key");
        return continued ? messages.get("compare.continued", heading) : heading;
    }

    String marks() {
        return messages.get("compare.key.marks");
    }

    List<List<String>> rows() {
        return rows;
    }

    /** The height of a row at one size and column width: its tallest element. */
    float rowHeight(ComparisonText text, int row, float fontSize, float width) {
        float h = 0;
        for (String element : rows.get(row)) {
            h = Math.max(h, text.height(element, false, fontSize, width));
        }
        return h;
    }
}
