package nl.personacanvas.ui.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.personacanvas.ui.Messages;

/**
 * The words for the marks the import's report starts its lines with ({@code +}, {@code -}, {@code ≠}, {@code !}).
 * The report is the command line's too, where the marks keep lines short; in the window they were left for the user
 * to guess. Only the marks the report uses are explained.
 */
final class SummaryKey {
    /** Mark and its key, in the order the report's lines come. */
    private static final Map<String, String> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("+", "merge.summary.mark.added");
        MARKS.put("-", "merge.summary.mark.skipped");
        MARKS.put("\u2260", "merge.summary.mark.differs");
        MARKS.put("!", "merge.summary.mark.conflict");
    }

    private SummaryKey() {
    }

    /** "Tekens: + toegevoegd · ≠ …" for the marks in {@code lines}; empty when there are none. */
    static String of(List<String> lines, Messages messages) {
        String used = MARKS.entrySet().stream()
                .filter(mark -> lines.stream().anyMatch(line -> line.strip().startsWith(mark.getKey() + " ")))
                // A mark stays on the line of its words where the key wraps.
                .map(mark -> mark.getKey() + "\u00a0" + messages.get(mark.getValue()))
                .collect(Collectors.joining("   \u00b7   "));
        return used.isEmpty() ? "" : messages.get("merge.summary.marks", used);
    }
}
