package nl.personacanvas.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A school's own core activity in the report's "Niet gedekt per kernactiviteit": it has no column in the matrix, so no
 * elements to leave uncovered, and until session 28 it had no section at all. Under its heading the report says so and
 * shows in one table what the check still gives: per persona the quadrant fit and flags of its notes, and what none of
 * the activity's personas shows of the matrix's professional row and shared attitudes. One table, so a page break
 * inside it repeats the activity's title with "(vervolg)".
 */
final class OwnActivitySection {
    /** Left-to-right mark: a line that starts with a Hebrew or Arabic name still reads as a Dutch or English line. */
    private static final String LEFT_TO_RIGHT = "\u200E";
    /**
     * First-strong isolate and its end around the name: without them the colon and the count after a Hebrew name
     * joined its right-to-left run, "4 :נועה כהן misplaced" (seen on the PNG).
     */
    private static final String ISOLATE = "\u2068";
    private static final String ISOLATE_END = "\u2069";

    private OwnActivitySection() {
    }

    /**
     * @param title   the activity's heading, "Eigen · Studieloopbaan"
     * @param names   persona names by id
     * @param columns the two columns' shares of the width, as the matrix activities' tables
     */
    static void write(FlowWriter out, String title, OwnActivityCheck own, Map<String, String> names, float[] columns,
                      PdfMessages messages) throws IOException {
        out.heading(title, 1.1f);
        out.paragraph(messages.get("report.own.intro"));
        List<String> fit = new ArrayList<>();
        for (EntryFlags flags : own.flags()) {
            String name = TextCleaner.singleLine(names.getOrDefault(flags.personaId(), flags.personaId()));
            fit.add(LEFT_TO_RIGHT + messages.get("report.own.personaFlags", ISOLATE + name + ISOLATE_END,
                    describe(flags, messages)));
        }
        String professional = messages.get("report.own.shown",
                own.professionalTotal() - own.professionalUncovered().size(), own.professionalTotal());
        if (!own.professionalUncovered().isEmpty()) {
            // Elements are phrases, one a line, as in the matrix activities' tables.
            professional += "; " + messages.get("report.own.byNone") + "\n"
                    + String.join("\n", own.professionalUncovered());
        }
        String attitudes = messages.get("report.own.named",
                own.attitudesTotal() - own.attitudesUncovered().size(), own.attitudesTotal());
        if (!own.attitudesUncovered().isEmpty()) {
            // Attitudes are single words, run on.
            attitudes += "; " + messages.get("report.own.byNone") + " " + String.join(", ", own.attitudesUncovered());
        }
        List<List<String>> rows = List.of(
                List.of(messages.get("report.own.fit"), String.join("\n", fit)),
                List.of(messages.get("report.own.professional"), professional),
                List.of(messages.get("report.own.attitudes"), attitudes));
        out.table(List.of(messages.get("report.column.part"), messages.get("report.column.result")), columns, rows,
                messages.get("report.continued", title));
    }

    /** "1 misplaatst · 2 te algemeen", or "geen signalen". */
    private static String describe(EntryFlags flags, PdfMessages messages) {
        if (flags.none()) {
            return messages.get("report.own.flagsNone");
        }
        List<String> parts = new ArrayList<>();
        add(parts, flags.misplaced(), "report.own.misplaced", messages);
        add(parts, flags.tooGeneral(), "report.own.tooGeneral", messages);
        add(parts, flags.otherPerson(), "report.own.otherPerson", messages);
        add(parts, flags.overlapping(), "report.own.overlapping", messages);
        return String.join(PosterLayout.SEPARATOR, parts);
    }

    private static void add(List<String> parts, int count, String key, PdfMessages messages) {
        if (count > 0) {
            parts.add(messages.get(key, count));
        }
    }
}
