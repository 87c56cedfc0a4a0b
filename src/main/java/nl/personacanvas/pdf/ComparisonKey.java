package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.merge.ComparisonKeyText;
import nl.personacanvas.merge.PersonaComparison;

/**
 * The comparison's key as the PDF sets it: the words of {@link ComparisonKeyText} (shared with the window), single
 * lines in {@link #COLUMNS} columns read row by row, its heading marked when it continues on a new page.
 */
final class ComparisonKey {
    static final int COLUMNS = 3;

    private final PdfMessages messages;
    private final ComparisonKeyText text;
    private final List<List<String>> rows = new ArrayList<>();

    ComparisonKey(PdfMessages messages, PersonaComparison comparison) {
        this.messages = messages;
        this.text = new ComparisonKeyText(messages.locale(), comparison);
        List<String> elements = text.elements().stream().map(TextCleaner::singleLine).toList();
        for (int i = 0; i < elements.size(); i += COLUMNS) {
            rows.add(elements.subList(i, Math.min(i + COLUMNS, elements.size())));
        }
    }

    String heading(boolean continued) {
        String heading = text.heading();
        return continued ? messages.get("compare.continued", heading) : heading;
    }

    String marks() {
        return text.marks();
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
