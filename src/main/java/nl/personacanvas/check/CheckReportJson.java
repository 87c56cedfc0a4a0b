package nl.personacanvas.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Workbook;

/** A {@link CheckReport} as a JSON tree (the {@code check --format json} output; see docs/cli.md). */
public final class CheckReportJson {
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Locale locale;

    public CheckReportJson(Locale locale) {
        this.locale = locale;
    }

    /** @param workbook the persona's, which the summary names her activity from (as the check panel does) */
    public ObjectNode toJson(Workbook workbook, CheckReport report) {
        ObjectNode root = nodes.objectNode();
        root.put("persona", report.personaId());
        if (report.isOwnActivity()) {
            root.putNull("activity");
        } else {
            root.put("activity", report.matrixActivityId());
        }
        root.put("matrixVersion", report.matrixVersion());
        root.put("summary", report.summary(locale, workbook));
        ObjectNode coverage = root.putObject("coverage");
        ArrayNode quadrants = coverage.putArray("quadrants");
        for (QuadrantCoverage c : report.coverage().quadrants()) {
            ObjectNode q = quadrants.addObject();
            q.put("quadrant", c.quadrant().key());
            q.put("coverage", Math.round(c.coverage() * 1000) / 1000.0);
            q.set("covered", ids(c.covered()));
            ArrayNode missing = q.putArray("missing");
            c.missing().forEach(e -> missing.addObject().put("id", e.id()).put("excerpt", e.excerpt()));
        }
        ObjectNode attitudes = coverage.putObject("attitudes");
        attitudes.set("present", names(report.coverage().attitudes().present()));
        attitudes.set("missing", names(report.coverage().attitudes().missing()));
        ObjectNode professional = coverage.putObject("professional");
        professional.set("covered", ids(report.coverage().professionalCovered()));
        professional.set("missing", ids(report.coverage().professionalMissing()));
        ArrayNode entries = root.putArray("entries");
        for (EntryFinding f : report.entries()) {
            ObjectNode e = entries.addObject();
            e.put("id", f.entryId());
            e.put("quadrant", f.placed().key());
            e.put("bestFit", f.bestFit().key());
            e.put("confidence", f.confidence());
            ArrayNode elements = e.putArray("elements");
            f.elements().forEach(m -> elements.addObject().put("id", m.elementId()).put("confidence", m.confidence())
                    .put("manual", m.manual()));
            ArrayNode attitudeNames = e.putArray("attitudes");
            f.attitudes().forEach(attitudeNames::add);
            ArrayNode flags = e.putArray("flags");
            f.flags().stream().sorted().forEach(flag -> flags.add(flag.name().toLowerCase(Locale.ROOT).replace('_', '-')));
            f.suggestedQuadrant().ifPresent(q -> e.put("suggested", q.key()));
            f.twin().ifPresent(t -> e.put("overlapsWith", t));
        }
        return root;
    }

    private ArrayNode ids(List<MatrixElement> elements) {
        ArrayNode a = nodes.arrayNode();
        elements.forEach(e -> a.add(e.id()));
        return a;
    }

    private ArrayNode names(List<Attitude> attitudes) {
        ArrayNode a = nodes.arrayNode();
        attitudes.forEach(x -> a.add(x.name()));
        return a;
    }
}
