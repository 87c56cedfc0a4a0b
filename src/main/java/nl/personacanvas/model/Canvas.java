package nl.personacanvas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** The four quadrants of one persona, each an ordered list of entries. Immutable. */
public final class Canvas {
    private static final Canvas EMPTY = new Canvas(Map.of());

    private final Map<Quadrant, List<Entry>> quadrants;

    private Canvas(Map<Quadrant, List<Entry>> source) {
        EnumMap<Quadrant, List<Entry>> copy = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            copy.put(q, List.copyOf(source.getOrDefault(q, List.of())));
        }
        this.quadrants = Collections.unmodifiableMap(copy);
    }

    public static Canvas empty() {
        return EMPTY;
    }

    public static Canvas of(Map<Quadrant, List<Entry>> entries) {
        return new Canvas(entries);
    }

    public List<Entry> entries(Quadrant quadrant) {
        return quadrants.get(quadrant);
    }

    public Stream<Entry> allEntries() {
        return quadrants.values().stream().flatMap(List::stream);
    }

    public int size() {
        return quadrants.values().stream().mapToInt(List::size).sum();
    }

    public Optional<Quadrant> quadrantOf(String entryId) {
        for (Quadrant q : Quadrant.values()) {
            if (indexOf(q, entryId) >= 0) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public Optional<Entry> find(String entryId) {
        return allEntries().filter(e -> e.id().equals(entryId)).findFirst();
    }

    public Canvas withEntries(Quadrant quadrant, List<Entry> entries) {
        EnumMap<Quadrant, List<Entry>> copy = new EnumMap<>(quadrants);
        copy.put(quadrant, entries);
        return new Canvas(copy);
    }

    /** Inserts at {@code index}, clamped to the list, so callers never need to know its exact size. */
    public Canvas insert(Quadrant quadrant, int index, Entry entry) {
        List<Entry> list = new ArrayList<>(entries(quadrant));
        list.add(Math.max(0, Math.min(index, list.size())), entry);
        return withEntries(quadrant, list);
    }

    public Canvas add(Quadrant quadrant, Entry entry) {
        return insert(quadrant, Integer.MAX_VALUE, entry);
    }

    public Canvas replace(Entry entry) {
        Quadrant q = quadrantOf(entry.id()).orElseThrow(() -> new IllegalArgumentException("No entry " + entry.id()));
        List<Entry> list = new ArrayList<>(entries(q));
        list.set(indexOf(q, entry.id()), entry);
        return withEntries(q, list);
    }

    public Canvas remove(String entryId) {
        Quadrant q = quadrantOf(entryId).orElseThrow(() -> new IllegalArgumentException("No entry " + entryId));
        List<Entry> list = new ArrayList<>(entries(q));
        list.remove(indexOf(q, entryId));
        return withEntries(q, list);
    }

    /** Moves an entry to {@code target} at {@code index} (index counted in the target list without the entry). */
    public Canvas move(String entryId, Quadrant target, int index) {
        Entry entry = find(entryId).orElseThrow(() -> new IllegalArgumentException("No entry " + entryId));
        return remove(entryId).insert(target, index, entry);
    }

    public int indexOf(Quadrant quadrant, String entryId) {
        List<Entry> list = entries(quadrant);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(entryId)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Canvas other && quadrants.equals(other.quadrants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(quadrants);
    }

    @Override
    public String toString() {
        return "Canvas" + quadrants;
    }
}
