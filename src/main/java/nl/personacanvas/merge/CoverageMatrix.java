package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;

/**
 * The heatmap of one core activity: its personas against the matrix items of that activity, in blocks
 * per role (design, deliver, organise, then the attitudes as their own block). A school's own activity
 * has no matrix column, so its blocks are empty.
 */
public final class CoverageMatrix {
    static final List<MatrixRole> ROLES = List.of(MatrixRole.DESIGN, MatrixRole.DELIVER, MatrixRole.ORGANISE,
            MatrixRole.ATTITUDES);

    /** The items of one role, as consecutive columns. */
    public record Block(MatrixRole role, List<MatrixItem> items) {
        public Block {
            items = List.copyOf(items);
        }
    }

    private final CoreActivity activity;
    private final List<Persona> personas;
    private final List<Block> blocks;
    private final List<Map<String, Coverage>> addressed;

    private CoverageMatrix(CoreActivity activity, List<Persona> personas, List<Block> blocks,
                           List<Map<String, Coverage>> addressed) {
        this.activity = activity;
        this.personas = List.copyOf(personas);
        this.blocks = List.copyOf(blocks);
        this.addressed = List.copyOf(addressed);
    }

    /** @throws IllegalArgumentException when the workbook has no activity with this id */
    public static CoverageMatrix of(Workbook workbook, String activityId, CompetencyMatrix matrix, ElementMatcher matcher) {
        CoreActivity activity = workbook.activity(activityId)
                .orElseThrow(() -> new IllegalArgumentException("No activity " + activityId));
        List<MatrixItem> expected = MatrixItem.expected(matrix, activity.matrixId());
        List<Block> blocks = new ArrayList<>();
        for (MatrixRole role : ROLES) {
            List<MatrixItem> items = expected.stream().filter(i -> i.role() == role).toList();
            if (!items.isEmpty()) {
                blocks.add(new Block(role, items));
            }
        }
        Addressing addressing = new Addressing(matrix, matcher);
        List<Persona> personas = workbook.personasOf(activityId);
        List<Map<String, Coverage>> addressed = new ArrayList<>();
        personas.forEach(p -> addressed.add(addressing.of(p, activity.matrixId())));
        return new CoverageMatrix(activity, personas, blocks, addressed);
    }

    public CoreActivity activity() {
        return activity;
    }

    /** The rows, in workbook order. */
    public List<Persona> personas() {
        return personas;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public List<MatrixItem> items() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }

    /** {@link Coverage#LINKED}, {@link Coverage#MATCHED} or {@link Coverage#MISSING}. */
    public Coverage coverage(String personaId, String itemId) {
        for (int i = 0; i < personas.size(); i++) {
            if (personas.get(i).id().equals(personaId)) {
                return addressed.get(i).getOrDefault(itemId, Coverage.MISSING);
            }
        }
        throw new IllegalArgumentException("No persona " + personaId + " for " + activity.id());
    }

    /** How complete the personas of the activity together are for one role. */
    public RoleCompleteness completeness(MatrixRole role) {
        List<MatrixItem> items = blocks.stream().filter(b -> b.role() == role).flatMap(b -> b.items().stream()).toList();
        int covered = (int) items.stream().filter(this::coveredByAnyone).count();
        return new RoleCompleteness(role, covered, items.size());
    }

    /** The activity's items no persona covers. */
    public List<MatrixItem> gaps() {
        return items().stream().filter(i -> !coveredByAnyone(i)).toList();
    }

    /** The personas that cover an item, in workbook order. */
    public List<Persona> coveredBy(MatrixItem item) {
        List<Persona> result = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            if (addressed.get(i).containsKey(Objects.requireNonNull(item, "item").id())) {
                result.add(personas.get(i));
            }
        }
        return result;
    }

    private boolean coveredByAnyone(MatrixItem item) {
        return addressed.stream().anyMatch(a -> a.containsKey(item.id()));
    }
}
