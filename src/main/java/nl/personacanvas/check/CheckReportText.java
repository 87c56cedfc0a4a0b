package nl.personacanvas.check;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.ElementNames;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;

/**
 * Renders a {@link CheckReport} as readable text (the {@code check} command's default format). Matrix elements are
 * named as the editor and the PDFs name them ({@link ElementNames}, "Ontwerpen 2"); the ids stay in the json.
 */
public final class CheckReportText {
    private final ResourceBundle messages;
    private final Locale locale;
    private final ElementNames names;
    private final CheckSummary summary;

    public CheckReportText(Locale locale) {
        this.locale = locale;
        this.messages = CheckMessages.bundle(locale);
        // The names in the language the rest of the text is in (English for any language but Dutch).
        this.names = new ElementNames(messages.getLocale());
        this.summary = new CheckSummary(locale);
    }

    /**
     * @param workbook the persona's: her activity is named from it as the check panel names it, "A4", "Eigen
     *                 kernactiviteit" or, where it names none, "Zonder kernactiviteit"
     */
    public String render(Workbook workbook, Persona persona, CheckReport report) {
        StringBuilder b = new StringBuilder();
        b.append(persona.headline()).append(" [").append(persona.id()).append(", ")
                .append(summary.activity(report, workbook)).append("]\n");
        b.append("  ").append(summary.line(report, workbook)).append('\n');
        for (QuadrantCoverage c : report.coverage().quadrants()) {
            b.append(format("report.quadrant", text("quadrant." + c.quadrant().key()), c.covered().size(), c.total(),
                    c.coverage() * 100)).append('\n');
            for (MatrixElement e : c.missing()) {
                b.append(format("report.missing", names.name(e), e.excerpt())).append('\n');
            }
        }
        AttitudeCoverage a = report.coverage().attitudes();
        b.append(format("report.attitudes", a.present().size(), a.total(), names(a.present()), names(a.missing())))
                .append('\n');
        b.append(format("report.professional", report.coverage().professionalCovered().size(),
                report.coverage().professionalCovered().size() + report.coverage().professionalMissing().size(),
                report.coverage().professionalCovered().stream().map(names::name).collect(Collectors.joining(", "))))
                .append('\n');
        for (EntryFinding f : report.entries()) {
            String entryText = persona.canvas().find(f.entryId()).map(Entry::text).orElse("");
            b.append(format("report.entry", text("quadrant." + f.placed().key()), entryText)).append('\n');
            String elements = f.elements().stream().map(ElementMatch::elementId).map(names::nameOfId)
                    .collect(Collectors.joining(", "));
            String attitudes = String.join(", ", f.attitudes());
            b.append(f.bestFit().quadrant()
                    .map(q -> format("report.fit", text("quadrant." + q.key()), f.confidence(), elements, attitudes))
                    .orElseGet(() -> format("report.fit.generic", text(genericReason(f)), f.confidence(), elements,
                            attitudes))).append('\n');
            for (EntryFlag flag : EntryFlag.values()) {
                if (f.has(flag)) {
                    b.append(flagLine(persona, f, flag)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private String flagLine(Persona persona, EntryFinding f, EntryFlag flag) {
        return switch (flag) {
            case MISPLACED -> format("report.flag.misplaced", text("quadrant." + f.suggested().key()));
            case OVERLAP -> format("report.flag.overlap",
                    persona.canvas().find(f.overlapsWith()).map(Entry::text).orElse(f.overlapsWith()));
            case TOO_GENERAL -> format("report.flag.tooGeneral");
            case OTHER_PERSON -> format("report.flag.otherPerson");
        };
    }

    /**
     * Why an entry fits no quadrant, in its flag's words ("te algemeen", "taak van een ander"): the best fit is
     * named, not given as its id ("past bij generic" was the json's word in a Dutch sentence).
     */
    private static String genericReason(EntryFinding f) {
        return f.has(EntryFlag.OTHER_PERSON) ? "report.reason.otherPerson"
                : f.has(EntryFlag.TOO_GENERAL) ? "report.reason.tooGeneral" : "report.reason.none";
    }

    private static String names(List<Attitude> attitudes) {
        return attitudes.stream().map(Attitude::name).collect(Collectors.joining(", "));
    }

    private String text(String key) {
        return messages.getString(key);
    }

    /** Indentation shows the structure; properties files cannot keep leading spaces, so it lives here. */
    private String format(String key, Object... args) {
        String indent = switch (key) {
            case "report.quadrant", "report.attitudes", "report.professional", "report.entry" -> "  ";
            case "report.missing" -> "    ";
            default -> "      ";
        };
        // An empty list at the end ("getoond ") left a trailing space.
        return indent + String.format(locale, messages.getString(key), args).stripTrailing();
    }
}
