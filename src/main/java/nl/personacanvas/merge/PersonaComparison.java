package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;

/**
 * The data of the side-by-side view: 2 to 6 personas, their entries quadrant by quadrant with the matrix
 * items each addresses, "twins" (entries of different personas that address the same item) and, per item,
 * which personas cover it and which do not.
 */
public final class PersonaComparison {
    public static final int MIN_PERSONAS = 2;
    public static final int MAX_PERSONAS = 6;

    /** An entry with the items it addresses and the twin groups it belongs to (indexes into {@link #twins()}). */
    public record ComparedEntry(Entry entry, Map<String, Coverage> items, List<Integer> twinGroups) {
        public ComparedEntry {
            items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
            twinGroups = List.copyOf(twinGroups);
        }
    }

    /** One quadrant across all personas: {@code columns.get(i)} are the entries of persona i. */
    public record QuadrantRow(Quadrant quadrant, List<List<ComparedEntry>> columns) {
        public QuadrantRow {
            columns = columns.stream().map(List::copyOf).toList();
        }
    }

    /** Where an entry sits: persona (column) index and entry id. */
    public record EntryRef(int column, String entryId) {
    }

    /** Entries of at least two personas that address the same item; the index doubles as a colour tag. */
    public record TwinGroup(int index, MatrixItem item, List<EntryRef> entries) {
        public TwinGroup {
            entries = List.copyOf(entries);
        }
    }

    /** One item and how each persona (by column) stands towards it. */
    public record ItemRow(MatrixItem item, List<Coverage> columns) {
        public ItemRow {
            columns = List.copyOf(columns);
        }

        /** Covered by one persona and missing for another whose activity expects it: the view marks this. */
        public boolean differs() {
            return columns.stream().anyMatch(Coverage::covered) && columns.contains(Coverage.MISSING);
        }
    }

    private final List<ComparedPersona> personas;
    private final List<QuadrantRow> rows;
    private final List<TwinGroup> twins;
    private final List<ItemRow> items;
    private final Map<String, MatrixItem> itemsById = new LinkedHashMap<>();

    private PersonaComparison(List<ComparedPersona> personas, List<QuadrantRow> rows, List<TwinGroup> twins,
                              List<ItemRow> items, List<MatrixItem> all) {
        all.forEach(i -> itemsById.put(i.id(), i));
        this.personas = List.copyOf(personas);
        this.rows = List.copyOf(rows);
        this.twins = List.copyOf(twins);
        this.items = List.copyOf(items);
    }

    /** @throws IllegalArgumentException for fewer than 2 or more than 6 personas */
    public static PersonaComparison of(List<ComparedPersona> personas, CompetencyMatrix matrix, ElementMatcher matcher) {
        Objects.requireNonNull(matrix, "matrix");
        if (personas.size() < MIN_PERSONAS || personas.size() > MAX_PERSONAS) {
            throw new IllegalArgumentException("Compare 2 to 6 personas, not " + personas.size());
        }
        Addressing addressing = new Addressing(matrix, matcher);
        Map<String, List<EntryRef>> byItem = new LinkedHashMap<>();
        Map<String, Map<String, Coverage>> entryItems = new LinkedHashMap<>();
        List<Map<String, Coverage>> personaItems = new ArrayList<>();
        for (int column = 0; column < personas.size(); column++) {
            ComparedPersona p = personas.get(column);
            Map<String, Coverage> covered = new LinkedHashMap<>();
            for (Quadrant q : Quadrant.values()) {
                for (Entry e : p.persona().canvas().entries(q)) {
                    Map<String, Coverage> found = addressing.of(e, q, p.matrixActivityId());
                    entryItems.put(column + "/" + e.id(), found);
                    int c = column;
                    found.forEach((id, how) -> {
                        byItem.computeIfAbsent(id, k -> new ArrayList<>()).add(new EntryRef(c, e.id()));
                        covered.merge(id, how, Coverage::strongest);
                    });
                }
            }
            personaItems.add(covered);
        }
        List<MatrixItem> order = MatrixItem.all(matrix);
        List<TwinGroup> twins = twins(order, byItem);
        List<QuadrantRow> rows = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            List<List<ComparedEntry>> columns = new ArrayList<>();
            for (int column = 0; column < personas.size(); column++) {
                List<ComparedEntry> entries = new ArrayList<>();
                for (Entry e : personas.get(column).persona().canvas().entries(q)) {
                    EntryRef ref = new EntryRef(column, e.id());
                    List<Integer> groups = twins.stream().filter(t -> t.entries().contains(ref)).map(TwinGroup::index).toList();
                    entries.add(new ComparedEntry(e, entryItems.get(column + "/" + e.id()), groups));
                }
                columns.add(entries);
            }
            rows.add(new QuadrantRow(q, columns));
        }
        return new PersonaComparison(personas, rows, twins, itemRows(personas, matrix, order, personaItems), order);
    }

    private static List<TwinGroup> twins(List<MatrixItem> order, Map<String, List<EntryRef>> byItem) {
        List<TwinGroup> twins = new ArrayList<>();
        for (MatrixItem item : order) {
            List<EntryRef> refs = byItem.getOrDefault(item.id(), List.of());
            if (refs.stream().map(EntryRef::column).distinct().count() >= 2) {
                twins.add(new TwinGroup(twins.size(), item, refs));
            }
        }
        return twins;
    }

    /** Items expected of any persona's activity or addressed by any entry, in the matrix's order. */
    private static List<ItemRow> itemRows(List<ComparedPersona> personas, CompetencyMatrix matrix,
                                          List<MatrixItem> order, List<Map<String, Coverage>> personaItems) {
        List<Set<String>> expected = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (int column = 0; column < personas.size(); column++) {
            Set<String> ids = new HashSet<>();
            MatrixItem.expectedOfPersona(matrix, personas.get(column).matrixActivityId()).forEach(i -> ids.add(i.id()));
            expected.add(ids);
            shown.addAll(ids);
            shown.addAll(personaItems.get(column).keySet());
        }
        List<ItemRow> rows = new ArrayList<>();
        for (MatrixItem item : order) {
            if (!shown.contains(item.id())) {
                continue;
            }
            List<Coverage> columns = new ArrayList<>();
            for (int column = 0; column < personas.size(); column++) {
                Coverage how = personaItems.get(column).get(item.id());
                columns.add(how != null ? how
                        : expected.get(column).contains(item.id()) ? Coverage.MISSING : Coverage.NOT_EXPECTED);
            }
            rows.add(new ItemRow(item, columns));
        }
        return rows;
    }

    /** The matrix element or attitude of an id in {@link ComparedEntry#items()}, for its words. */
    public MatrixItem item(String id) {
        MatrixItem item = itemsById.get(id);
        if (item == null) {
            throw new IllegalArgumentException("Not in the matrix: " + id);
        }
        return item;
    }

    public List<ComparedPersona> personas() {
        return personas;
    }

    /** The four quadrants in canvas order, each with every persona's entries. */
    public List<QuadrantRow> rows() {
        return rows;
    }

    public QuadrantRow row(Quadrant quadrant) {
        return rows.get(quadrant.ordinal());
    }

    public List<TwinGroup> twins() {
        return twins;
    }

    public List<ItemRow> items() {
        return items;
    }

    /**
     * The items of {@code quadrant}'s role that another persona covers and the persona in {@code column}
     * misses: what the views mark in that persona's cell.
     */
    public List<MatrixItem> missingIn(int column, Quadrant quadrant) {
        return differences().stream()
                .filter(row -> row.item().role().quadrant().orElse(null) == quadrant)
                .filter(row -> row.columns().get(column) == Coverage.MISSING)
                .map(ItemRow::item).toList();
    }

    /** The items the view marks: covered by one persona, missing for another. */
    public List<ItemRow> differences() {
        return items.stream().filter(ItemRow::differs).toList();
    }
}
