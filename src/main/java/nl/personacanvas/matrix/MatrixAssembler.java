package nl.personacanvas.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Quadrant;

/**
 * Turns the parsed resource into a {@link CompetencyMatrix}, checking what the JSON shape cannot: ids unique and
 * named after their cell, excerpts taken verbatim from their cell, attitude names taken from their sentence.
 * Collects every problem before failing, so a broken edit is reported in one go.
 */
final class MatrixAssembler {
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");
    private static final Pattern ACTIVITY_ID = Pattern.compile("A[1-9][0-9]*");
    private static final Pattern SEQUENCE = Pattern.compile("[1-9][0-9]*");

    private final List<String> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private MatrixAssembler() {
    }

    static CompetencyMatrix assemble(MatrixJson.Document doc) {
        MatrixAssembler assembler = new MatrixAssembler();
        CompetencyMatrix matrix = assembler.build(doc);
        if (!assembler.problems.isEmpty()) {
            throw new MatrixDataException(assembler.problems);
        }
        return matrix;
    }

    private CompetencyMatrix build(MatrixJson.Document doc) {
        if (!MatrixJson.FORMAT.equals(doc.format())) {
            problems.add("format must be \"" + MatrixJson.FORMAT + "\" but is \"" + doc.format() + "\"");
        }
        if (!VERSION.matcher(doc.version()).matches()) {
            problems.add("version \"" + doc.version() + "\" is not of the form 1.0");
        }
        requireText("source", doc.source());
        requireText("guidingQuestion", doc.guidingQuestion());
        requireText("ownActivityColumn", doc.ownActivityColumn());
        Map<MatrixRole, CompetencyMatrix.RowHeading> rows = rows(doc.rows());
        MatrixCell professional = cell("professional", null, MatrixRole.PROFESSIONAL, doc.professional());
        CompetencyMatrix.AttitudeCell shared = attitudes("sharedAttitudes", null, doc.sharedAttitudes());
        List<CompetencyMatrix.Column> columns = new ArrayList<>();
        for (MatrixJson.Activity activity : nonNull("activities", doc.activities())) {
            columns.add(column(activity));
        }
        if (columns.isEmpty()) {
            problems.add("activities is empty");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new CompetencyMatrix(doc.version(), doc.source(), doc.guidingQuestion(), doc.ownActivityColumn(),
                rows, professional, shared, columns);
    }

    private Map<MatrixRole, CompetencyMatrix.RowHeading> rows(List<MatrixJson.Row> rows) {
        Map<MatrixRole, CompetencyMatrix.RowHeading> headings = new EnumMap<>(MatrixRole.class);
        for (MatrixJson.Row row : nonNull("rows", rows)) {
            MatrixRole role = MatrixRole.fromKey(row.role()).orElse(null);
            if (role == null) {
                problems.add("rows: unknown role \"" + row.role() + "\"");
            } else if (headings.put(role, new CompetencyMatrix.RowHeading(row.title(), row.prefix())) != null) {
                problems.add("rows: role \"" + row.role() + "\" appears twice");
            }
            requireText("rows." + row.role() + ".title", row.title());
        }
        for (MatrixRole role : MatrixRole.values()) {
            if (!headings.containsKey(role)) {
                problems.add("rows: role \"" + role.key() + "\" is missing");
            }
        }
        return headings;
    }

    private CompetencyMatrix.Column column(MatrixJson.Activity json) {
        String id = json.id();
        if (!ACTIVITY_ID.matcher(id).matches()) {
            problems.add("activity id \"" + id + "\" is not of the form A1");
        }
        claimId(id);
        requireText(id + ".name", json.name());
        ActivityGroup group = ActivityGroup.fromKey(json.group()).orElse(null);
        if (group == null) {
            problems.add(id + ".group \"" + json.group() + "\" is not one of at-home, mobility");
            group = ActivityGroup.AT_HOME;
        }
        Map<Quadrant, MatrixCell> cells = new EnumMap<>(Quadrant.class);
        cells.put(Quadrant.DESIGN, cell(id + ".design", id, MatrixRole.DESIGN, json.design()));
        cells.put(Quadrant.DELIVER, cell(id + ".deliver", id, MatrixRole.DELIVER, json.deliver()));
        cells.put(Quadrant.ORGANISE, cell(id + ".organise", id, MatrixRole.ORGANISE, json.organise()));
        return new CompetencyMatrix.Column(new MatrixActivity(id, json.name(), group), cells,
                attitudes(id + ".attitude", id, json.attitudes()));
    }

    /** Element ids are the cell's path plus a sequence number: P.1, A4.design.2. */
    private MatrixCell cell(String path, String activityId, MatrixRole role, MatrixJson.Cell json) {
        String idPrefix = activityId == null ? "P" : path;
        requireText(path + ".text", json.text());
        List<MatrixElement> elements = new ArrayList<>();
        for (MatrixJson.Element e : nonNull(path + ".elements", json.elements())) {
            checkId(e.id(), idPrefix);
            requireText(e.id() + ".label", e.label());
            requireText(e.id() + ".excerpt", e.excerpt());
            if (!json.text().contains(e.excerpt())) {
                problems.add(e.id() + ".excerpt \"" + e.excerpt() + "\" does not occur in the text of " + path);
            }
            elements.add(new MatrixElement(e.id(), e.label(), e.excerpt(), activityId, role));
        }
        if (elements.isEmpty()) {
            problems.add(path + " has no elements");
        }
        return new MatrixCell(activityId, role, json.text(), elements);
    }

    private CompetencyMatrix.AttitudeCell attitudes(String path, String activityId, MatrixJson.Attitudes json) {
        String idPrefix = activityId == null ? "H" : path;
        requireText(path + ".text", json.text());
        String sentence = json.text().toLowerCase(Locale.ROOT);
        List<Attitude> attitudes = new ArrayList<>();
        for (MatrixJson.AttitudeName a : nonNull(path + ".attitudes", json.attitudes())) {
            checkId(a.id(), idPrefix);
            requireText(a.id() + ".name", a.name());
            if (!a.name().equals(a.name().toLowerCase(Locale.ROOT))) {
                problems.add(a.id() + ".name \"" + a.name() + "\" must be lower case");
            }
            if (!sentence.contains(a.name())) {
                problems.add(a.id() + ".name \"" + a.name() + "\" does not occur in the text of " + path);
            }
            attitudes.add(new Attitude(a.id(), a.name(), activityId));
        }
        if (attitudes.isEmpty()) {
            problems.add(path + " has no attitudes");
        }
        return new CompetencyMatrix.AttitudeCell(json.text(), attitudes);
    }

    private void checkId(String id, String expectedPrefix) {
        String prefix = expectedPrefix + ".";
        if (!id.startsWith(prefix) || !SEQUENCE.matcher(id.substring(prefix.length())).matches()) {
            problems.add("id \"" + id + "\" does not belong here; expected " + prefix + "<n>");
        }
        claimId(id);
    }

    private void claimId(String id) {
        if (!ids.add(id)) {
            problems.add("id \"" + id + "\" is used more than once");
        }
    }

    private void requireText(String what, String value) {
        if (value.isBlank()) {
            problems.add(what + " is blank");
        }
    }

    /** Jackson rejects a null list but not a null inside one. */
    private <T> List<T> nonNull(String what, List<T> items) {
        if (items.contains(null)) {
            problems.add(what + " contains null");
        }
        return items.stream().filter(Objects::nonNull).toList();
    }
}
