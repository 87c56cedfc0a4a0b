package nl.personacanvas.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.Coverage;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.merge.PersonaComparison.ComparedEntry;
import nl.personacanvas.merge.PersonaComparison.ItemRow;
import nl.personacanvas.merge.PersonaComparison.QuadrantRow;
import nl.personacanvas.merge.PersonaComparison.TwinGroup;
import nl.personacanvas.model.Persona;

/**
 * A comparison as plain text: per quadrant each persona's entries with the items they address and their
 * twin tags ({@code ~1}), then the twins, then one line per item with a column per persona.
 */
final class ComparisonTable {
    private static final Map<Coverage, String> SYMBOL = Map.of(Coverage.LINKED, "L", Coverage.MATCHED, "A",
            Coverage.MISSING, "-", Coverage.NOT_EXPECTED, ".");

    private final MergeText text;

    ComparisonTable(MergeText text) {
        this.text = text;
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
                entries.forEach(e -> lines.add("    - " + e.entry().text() + tags(e)));
            }
        }
        lines.add("");
        lines.add(text.get("compare.twins"));
        if (comparison.twins().isEmpty()) {
            lines.add("  " + text.get("compare.none"));
        }
        for (TwinGroup twin : comparison.twins()) {
            lines.add("  ~" + (twin.index() + 1) + " " + twin.item().id() + " " + twin.item().label() + ": "
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

    private static String tags(ComparedEntry e) {
        if (e.items().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        e.items().forEach((id, how) -> parts.add(id + (how == Coverage.MATCHED ? "*" : "")));
        e.twinGroups().forEach(g -> parts.add("~" + (g + 1)));
        return "  {" + String.join(" ", parts) + "}";
    }

    private List<String> itemTable(PersonaComparison comparison) {
        int idWidth = Math.max(12, comparison.items().stream().mapToInt(r -> r.item().id().length()).max().orElse(0));
        StringBuilder head = new StringBuilder(pad(text.get("compare.item"), idWidth));
        for (int column = 0; column < comparison.personas().size(); column++) {
            head.append("  [").append(column + 1).append(']');
        }
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        for (ItemRow row : comparison.items()) {
            StringBuilder line = new StringBuilder(pad(row.item().id(), idWidth));
            row.columns().forEach(c -> line.append("   ").append(SYMBOL.get(c)).append(' '));
            line.append(row.differs() ? " \u2260 " : "   ").append(row.item().label());
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
