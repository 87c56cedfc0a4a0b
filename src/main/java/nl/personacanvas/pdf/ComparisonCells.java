package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.ComparisonItemNames;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.merge.PersonaComparison.ComparedEntry;

/**
 * What goes into one cell of the side-by-side comparison, as lines at one entry size: the entries as
 * bullets wrapped by the posters' {@link EntryFlow}, under each the twin tags and element names it
 * addresses, and the elements another persona covers that this one misses.
 */
final class ComparisonCells {
    private static final float ENTRY_GAP = 0.6f;
    private static final float SMALL = 0.78f;

    enum Kind { ENTRY, TAGS, ITEMS, NONE, MISSING }

    /**
     * One line of a cell. {@code indent} is the text's offset from the cell's text edge; {@code twin} the
     * colour of the bar beside an entry's lines, -1 for none.
     */
    record Line(Kind kind, String text, boolean rtl, float size, boolean bullet, float gapBefore,
                List<Integer> tags, int twin, float indent) {
        /** The gap above is left out at the top of a cell (also where a cell continues on a new page). */
        float height(boolean atTop) {
            return (atTop ? 0 : gapBefore) + size * EntryFlow.LEADING;
        }
    }

    private final Typesetter type;
    private final PdfMessages messages;
    private final PersonaComparison comparison;
    /** "Ontwerpen 1", or "A4 Ontwerpen 1" when the personas are of several activities: as the window and key say. */
    private final ComparisonItemNames names;
    private final float size;
    private final float textWidth;

    ComparisonCells(Typesetter type, PdfMessages messages, PersonaComparison comparison, float size, float textWidth) {
        this.type = type;
        this.messages = messages;
        this.comparison = comparison;
        this.names = new ComparisonItemNames(messages.locale(), comparison);
        this.size = size;
        this.textWidth = textWidth;
    }

    List<Line> lines(PersonaComparison.QuadrantRow row, int column) {
        List<ComparedEntry> entries = row.columns().get(column);
        float indent = size * EntryFlow.BULLET_INDENT;
        List<Line> lines = new ArrayList<>();
        if (entries.isEmpty()) {
            lines.add(new Line(Kind.NONE, messages.get("compare.none"), false, size, false, 0, List.of(), -1, 0));
        }
        for (int k = 0; k < entries.size(); k++) {
            ComparedEntry e = entries.get(k);
            int twin = e.twinGroups().isEmpty() ? -1 : e.twinGroups().get(0);
            for (EntryFlow.Line l : EntryFlow.wrapEntry(type, e.entry().text(), textWidth - indent, size)) {
                float gap = l.entryStart() && !lines.isEmpty() ? size * ENTRY_GAP : 0;
                lines.add(new Line(Kind.ENTRY, l.text(), l.rightToLeft(), size, l.entryStart(), gap, List.of(),
                        twin, indent));
            }
            lines.addAll(itemLines(e, twin, indent));
        }
        List<MatrixItem> missing = comparison.missingIn(column, row.quadrant());
        if (!missing.isEmpty()) {
            float small = size * 0.85f;
            String text = messages.get("compare.missing",
                    missing.stream().map(this::nameWithWords).collect(Collectors.joining(", ")));
            boolean first = true;
            for (String l : type.wrap(TextCleaner.singleLine(text), false, small, textWidth)) {
                lines.add(new Line(Kind.MISSING, l, false, small, false, first ? size * ENTRY_GAP : 0,
                        List.of(), -1, 0));
                first = false;
            }
        }
        return lines;
    }

    /** "Design 2"; an attitude as the window names it ("approachable" in English, session 28). */
    private String name(MatrixItem item) {
        return item.role() == MatrixRole.ATTITUDES ? messages.attitude(item.label(), false)
                : TextCleaner.singleLine(names.name(item));
    }

    /** "Design 2 (…)"; an attitude with the matrix's word beside its gloss, "approachable (benaderbaar)" in English. */
    private String nameWithWords(MatrixItem item) {
        return item.role() == MatrixRole.ATTITUDES ? messages.attitude(item.label(), true)
                : TextCleaner.singleLine(names.nameWithWords(item));
    }

    /** The twin tags and matrix ids under an entry: on one line when they fit, else tags then ids. */
    private List<Line> itemLines(ComparedEntry e, int twin, float indent) {
        if (e.twinGroups().isEmpty() && e.items().isEmpty()) {
            return List.of();
        }
        float small = size * SMALL;
        float available = textWidth - indent;
        String ids = e.items().entrySet().stream()
                .map(i -> name(comparison.item(i.getKey()))
                        + (i.getValue() == Coverage.MATCHED ? "*" : ""))
                .collect(Collectors.joining("  "));
        float tagsWidth = 0;
        for (int g : e.twinGroups()) {
            tagsWidth += tagWidth(g, small) + small * 0.35f;
        }
        List<Line> lines = new ArrayList<>();
        if (tagsWidth + (ids.isEmpty() ? 0 : type.width(ids, false, small)) <= available) {
            lines.add(new Line(Kind.ITEMS, ids, false, small, false, 0, e.twinGroups(), twin,
                    indent + tagsWidth));
            return lines;
        }
        List<Integer> row = new ArrayList<>();
        float used = 0;
        for (int g : e.twinGroups()) {
            float w = tagWidth(g, small) + small * 0.35f;
            if (!row.isEmpty() && used + w > available) {
                lines.add(new Line(Kind.TAGS, "", false, small, false, 0, row, twin, indent));
                row = new ArrayList<>();
                used = 0;
            }
            row.add(g);
            used += w;
        }
        if (!row.isEmpty()) {
            lines.add(new Line(Kind.TAGS, "", false, small, false, 0, row, twin, indent));
        }
        if (!ids.isEmpty()) {
            for (String l : type.wrap(ids, false, small, available)) {
                lines.add(new Line(Kind.ITEMS, l, false, small, false, 0, List.of(), twin, indent));
            }
        }
        return lines;
    }

    float tagWidth(int group, float small) {
        return type.width(String.valueOf(group + 1), true, small * 0.9f) + small * 0.7f;
    }
}
