package nl.personacanvas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.ElementNames;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.merge.PersonaComparison.ComparedEntry;
import nl.personacanvas.merge.PersonaComparison.ItemRow;
import nl.personacanvas.merge.PersonaComparison.QuadrantRow;
import nl.personacanvas.merge.PersonaComparison.TwinGroup;
import nl.personacanvas.model.Persona;

/**
 * A comparison as plain text: per quadrant each persona's entries with the items they address and their
 * twin tags ({@code ~1}), then the twins, then one line per item with a column per persona. Items are named as
 * the app names them ({@link ElementNames}, "Ontwerpen 2"), not by their ids.
 */
final class ComparisonTable {
    private static final Map<Coverage, String> SYMBOL = Map.of(Coverage.LINKED, "L", Coverage.MATCHED, "A",
            Coverage.MISSING, "-", Coverage.NOT_EXPECTED, ".");

    private final MergeText text;
    private final ElementNames names;

    ComparisonTable(MergeText text) {
        this.text = text;
        this.names = new ElementNames(text.locale());
    }

    private String name(MatrixItem item) {
        return names.name(item.role(), item.id(), item.label());
    }

    /** The matrix's words after the name; an attitude's name already is its words. */
    private static String words(MatrixItem item) {
        return item.role() == MatrixRole.ATTITUDES ? "" : item.label();
    }

    List<String> lines(PersonaComparison comparison) {
        List<String> lines = new ArrayList<>();
        List<ComparedPersona> personas = comparison.personas();
        lines.add(text.get("compare.heading", personas.stream().map(this::describe).collect(Collectors.joining(" | "))));
        for (QuadrantRow row : comparison.rows()) {
            lines.add("");
            lines.add("== " + text.get("quadrant." + row.quadrant().key()) + " ==");
            for (int column = 0; column < personas.size(); column++) {
                lines.add("[" + (column + 1) + "] " + personas.get(column).persona().name());
                List<ComparedEntry> entries = row.columns().get(column);
                if (entries.isEmpty()) {
                    lines.add("    " + text.get("compare.none"));
                }
                entries.forEach(e -> lines.add("    - " + e.entry().text() + tags(comparison, e)));
            }
        }
        lines.add("");
        lines.add(text.get("compare.twins"));
        if (comparison.twins().isEmpty()) {
            lines.add("  " + text.get("compare.none"));
        }
        for (TwinGroup twin : comparison.twins()) {
            lines.add("  ~" + (twin.index() + 1) + " " + (name(twin.item()) + " " + words(twin.item())).strip() + ": "
                    + twin.entries().stream().map(r -> "[" + (r.column() + 1) + "]").distinct().collect(Collectors.joining(" ")));
        }
        lines.add("");
        lines.addAll(itemTable(comparison));
        lines.add(text.get("compare.legend"));
        return lines;
    }

    private String describe(ComparedPersona p) {
        Persona persona = p.persona();
        String activity = p.activity() == null ? "" : " (" + (p.activity().isOwn() ? "" : p.activity().matrixId() + " ")
                + p.activity().name() + ")";
        return persona.name() + activity;
    }

    private String tags(PersonaComparison comparison, ComparedEntry e) {
        if (e.items().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        e.items().forEach((id, how) -> parts.add(name(comparison.item(id)) + (how == Coverage.MATCHED ? "*" : "")));
        e.twinGroups().forEach(g -> parts.add("~" + (g + 1)));
        // Names hold spaces ("Ontwerpen 2", "cultureel sensitief"): a comma tells them apart.
        return "  {" + String.join(", ", parts) + "}";
    }

    private List<String> itemTable(PersonaComparison comparison) {
        int nameWidth = Math.max(12, comparison.items().stream().mapToInt(r -> name(r.item()).length()).max().orElse(0));
        StringBuilder head = new StringBuilder(pad(text.get("compare.item"), nameWidth));
        for (int column = 0; column < comparison.personas().size(); column++) {
            head.append("  [").append(column + 1).append(']');
        }
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        for (ItemRow row : comparison.items()) {
            StringBuilder line = new StringBuilder(pad(name(row.item()), nameWidth));
            row.columns().forEach(c -> line.append("   ").append(SYMBOL.get(c)).append(' '));
            line.append(row.differs() ? " \u2260 " : "   ").append(words(row.item()));
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
