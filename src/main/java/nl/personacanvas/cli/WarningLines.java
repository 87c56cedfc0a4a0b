package nl.personacanvas.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import nl.personacanvas.pdf.ExportWarning;

/**
 * An export's warnings as the command line prints them. Each warning named its persona, so a persona with a name of
 * 300 characters and five warnings printed the name five times (session 20). Now a persona's warnings stand under its
 * name, written once and shortened ({@link ExportWarning#shortName}); a persona with one warning keeps one line,
 * "waarschuwing: Laura: …", as do warnings about no persona (the comparison's).
 */
final class WarningLines {

    private WarningLines() {
    }

    /** @param msg the command's message of a key with its arguments, in its language */
    static List<String> of(List<ExportWarning> warnings, Locale locale, BiFunction<String, Object[], String> msg) {
        Map<String, List<ExportWarning>> byPersona = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (ExportWarning w : warnings) {
            byPersona.computeIfAbsent(w.personaId().isEmpty() ? "" : "p:" + w.personaId(), k -> new ArrayList<>()).add(w);
        }
        for (Map.Entry<String, List<ExportWarning>> group : byPersona.entrySet()) {
            List<ExportWarning> about = group.getValue();
            if (group.getKey().isEmpty() || about.size() == 1) {
                about.forEach(w -> lines.add(msg.apply("export.warning", new Object[] {w.describe(locale)})));
                continue;
            }
            lines.add(msg.apply("export.warnings", new Object[] {about.get(0).shortName()}));
            about.forEach(w -> lines.add(msg.apply("export.warnings.item", new Object[] {w.sentence(locale)})));
        }
        return lines;
    }
}
