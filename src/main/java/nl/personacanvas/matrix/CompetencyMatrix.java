package nl.personacanvas.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.personacanvas.model.Quadrant;

/**
 * Tabel 3 of the study ("Mbo-docentcompetenties voor internationalisering in de praktijk") as data: the
 * activities, every cell's verbatim text split into atomic elements, and the underlying attitudes.
 * Immutable; load it once and pass the instance to whoever needs it.
 */
public final class CompetencyMatrix {

    /** A row's heading as printed in the table's first column, and the subject the row's cells leave out. */
    record RowHeading(String title, String prefix) {
    }

    /** An attitudes cell: the table's sentence and the attitudes it names. */
    record AttitudeCell(String text, List<Attitude> attitudes) {
        AttitudeCell {
            attitudes = List.copyOf(attitudes);
        }
    }

    /** One activity column: its design, deliver and organise cells and its specific attitudes. */
    record Column(MatrixActivity activity, Map<Quadrant, MatrixCell> cells, AttitudeCell attitudes) {
        Column {
            cells = Collections.unmodifiableMap(new EnumMap<>(cells));
        }
    }

    private final String version;
    private final String source;
    private final String guidingQuestion;
    private final String ownActivityColumnLabel;
    private final Map<MatrixRole, RowHeading> rows;
    private final MatrixCell professional;
    private final AttitudeCell shared;
    private final Map<String, Column> columns;
    private final Map<String, MatrixElement> elements;
    private final Map<String, Attitude> attitudes;

    CompetencyMatrix(String version, String source, String guidingQuestion, String ownActivityColumnLabel,
                     Map<MatrixRole, RowHeading> rows, MatrixCell professional, AttitudeCell shared,
                     List<Column> columns) {
        this.version = version;
        this.source = source;
        this.guidingQuestion = guidingQuestion;
        this.ownActivityColumnLabel = ownActivityColumnLabel;
        this.rows = Collections.unmodifiableMap(new EnumMap<>(rows));
        this.professional = professional;
        this.shared = shared;
        this.columns = Collections.unmodifiableMap(columns.stream()
                .collect(Collectors.toMap(c -> c.activity().id(), Function.identity(), CompetencyMatrix::duplicate,
                        LinkedHashMap::new)));
        this.elements = Collections.unmodifiableMap(tableOrderCells().flatMap(cell -> cell.elements().stream())
                .collect(Collectors.toMap(MatrixElement::id, Function.identity(), CompetencyMatrix::duplicate,
                        LinkedHashMap::new)));
        this.attitudes = Collections.unmodifiableMap(Stream.concat(shared.attitudes().stream(),
                        columns.stream().flatMap(c -> c.attitudes().attitudes().stream()))
                .collect(Collectors.toMap(Attitude::id, Function.identity(), CompetencyMatrix::duplicate,
                        LinkedHashMap::new)));
    }

    /** Parses and validates the matrix shipped in the jar; every call reads it afresh. */
    public static CompetencyMatrix loadBundled() {
        return MatrixAssembler.assemble(new MatrixReader().readBundled());
    }

    /** Parses and validates a matrix document; for tests of the validation and for new matrix versions. */
    static CompetencyMatrix fromJson(byte[] json) {
        return MatrixAssembler.assemble(new MatrixReader().read(json));
    }

    public String version() {
        return version;
    }

    /** Title of the study the matrix comes from. */
    public String source() {
        return source;
    }

    public String guidingQuestion() {
        return guidingQuestion;
    }

    /** Heading of the table's empty last column, left for a school's own activity ("Docenten..."). */
    public String ownActivityColumnLabel() {
        return ownActivityColumnLabel;
    }

    public List<MatrixActivity> activities() {
        return columns.values().stream().map(Column::activity).toList();
    }

    public Optional<MatrixActivity> activity(String id) {
        return Optional.ofNullable(columns.get(id)).map(Column::activity);
    }

    public String rowTitle(MatrixRole role) {
        return rows.get(Objects.requireNonNull(role, "role")).title();
    }

    /**
     * The words the table prints before each cell of the row but the cell text leaves out ("Docenten" for the
     * design row), so a cell reads "Docenten integreren ..."; empty when the row has none.
     */
    public String rowPrefix(MatrixRole role) {
        return rows.get(Objects.requireNonNull(role, "role")).prefix();
    }

    /** The cross-cutting row that applies to every activity. */
    public MatrixCell professional() {
        return professional;
    }

    /**
     * The cell of an activity for the design, deliver or organise quadrant.
     *
     * @throws IllegalArgumentException for {@link Quadrant#ATTITUDE} (see {@link #attitudesFor}) or an unknown activity
     */
    public MatrixCell cell(String activityId, Quadrant quadrant) {
        if (quadrant == Quadrant.ATTITUDE) {
            throw new IllegalArgumentException("Attitudes are not a cell; use attitudesFor(" + activityId + ")");
        }
        return column(activityId).cells().get(Objects.requireNonNull(quadrant, "quadrant"));
    }

    public List<Attitude> sharedAttitudes() {
        return shared.attitudes();
    }

    /** @throws IllegalArgumentException for an unknown activity */
    public List<Attitude> specificAttitudes(String activityId) {
        return column(activityId).attitudes().attitudes();
    }

    /** The shared attitudes followed by the activity's specific ones, as the table lists them. */
    public List<Attitude> attitudesFor(String activityId) {
        List<Attitude> all = new ArrayList<>(sharedAttitudes());
        all.addAll(specificAttitudes(activityId));
        return List.copyOf(all);
    }

    public String sharedAttitudesText() {
        return shared.text();
    }

    /** @throws IllegalArgumentException for an unknown activity */
    public String specificAttitudesText(String activityId) {
        return column(activityId).attitudes().text();
    }

    public Optional<MatrixElement> element(String id) {
        return Optional.ofNullable(elements.get(id));
    }

    /** Every element in the table's reading order: the professional row, then design, deliver, organise. */
    public List<MatrixElement> allElements() {
        return List.copyOf(elements.values());
    }

    public Optional<Attitude> attitude(String id) {
        return Optional.ofNullable(attitudes.get(id));
    }

    /** Every attitude: the shared ones, then each activity's specific ones. */
    public List<Attitude> allAttitudes() {
        return List.copyOf(attitudes.values());
    }

    /** Whether an id (as stored in an entry's links) names an element or an attitude of this matrix. */
    public boolean containsId(String id) {
        return elements.containsKey(id) || attitudes.containsKey(id);
    }

    private Column column(String activityId) {
        Column column = columns.get(activityId);
        if (column == null) {
            throw new IllegalArgumentException("Unknown matrix activity: " + activityId);
        }
        return column;
    }

    private Stream<MatrixCell> tableOrderCells() {
        Stream<MatrixCell> activityCells = Stream.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)
                .flatMap(q -> columns.values().stream().map(c -> c.cells().get(q)));
        return Stream.concat(Stream.of(professional), activityCells);
    }

    private static <T> T duplicate(T first, T second) {
        throw new IllegalStateException("Duplicate matrix id in " + first + " and " + second);
    }
}
