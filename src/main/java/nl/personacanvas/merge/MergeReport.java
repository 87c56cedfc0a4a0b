package nl.personacanvas.merge;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What one merge did, as sentences to be said in the reader's language ({@code merge/messages}).
 *
 * @param source        the name of the file merged in
 * @param lines         one line per thing that happened, in workbook order
 * @param addedPersonas names of the personas taken over whole
 * @param conflictsKept how many conflicts were resolved by keeping both versions, theirs marked
 */
public record MergeReport(String source, List<Message> lines, List<String> addedPersonas, int conflictsKept) {

    public MergeReport {
        Objects.requireNonNull(source, "source");
        lines = List.copyOf(lines);
        addedPersonas = List.copyOf(addedPersonas);
    }

    public boolean changedNothing() {
        return lines.isEmpty();
    }

    /** The report as text lines, headed by the file it is about. */
    public List<String> render(MergeText text) {
        if (lines.isEmpty()) {
            return List.of(text.get("report.nothing", source));
        }
        return Stream.concat(Stream.of(text.get("report.header", source)),
                lines.stream().map(line -> indent(line) + text.format(line))).toList();
    }

    /** Persona details sit below their persona's line. */
    private static String indent(Message line) {
        return line.key().startsWith("report.entry.") || line.key().startsWith("report.field.") ? "    " : "  ";
    }
}
