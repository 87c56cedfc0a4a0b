package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Ids;
import nl.personacanvas.model.Quadrant;

/**
 * Builds one persona's merged canvas from mine and the entry decisions. Their entries are placed the way
 * they have them: after the nearest entry that precedes them on their side and is in the result, or
 * first in the quadrant; a marked copy of a changed entry goes right below my version when that is in
 * the same quadrant, so a reader sees both together.
 */
final class CanvasMerge {
    private final Markers markers;
    private final IdAllocator ids;
    private final Map<Quadrant, List<Entry>> result = new EnumMap<>(Quadrant.class);
    private final List<Message> report = new ArrayList<>();
    private int conflictsKept;

    CanvasMerge(Markers markers, IdAllocator ids) {
        this.markers = markers;
        this.ids = ids;
    }

    Canvas merge(Canvas mine, Canvas theirs, List<EntryDifference> differences, MergeDecisions decisions) {
        for (Quadrant q : Quadrant.values()) {
            result.put(q, new ArrayList<>(mine.entries(q)));
        }
        Map<String, EntryDifference> byTheirId = new HashMap<>();
        int keptOnlyMine = 0;
        for (EntryDifference d : differences) {
            Choice choice = decisions.choiceFor(d);
            if (d.theirs() != null) {
                byTheirId.put(d.theirs().entry().id(), d);
            }
            if (d.kind() == EntryDifference.Kind.ONLY_MINE && choice == Choice.THEIRS) {
                remove(d.mine().entry().id());
                report.add(Message.of("report.entry.ONLY_MINE.TOOK_THEIRS", quadrant(d.mine()), d.mine().entry().text()));
            } else if (d.kind() == EntryDifference.Kind.ONLY_MINE) {
                keptOnlyMine++;
            } else if (d.kind() == EntryDifference.Kind.CHANGED) {
                changeContent(d, choice);
            }
        }
        // A note only I have is kept without a line of its own (without a common version it may be a panel member's
        // deletion or an earlier import's addition; a line each would list earlier imports' notes again). Counted
        // in one line, so the persona's count of differences matches the lines under it.
        if (keptOnlyMine > 0) {
            report.add(Message.of("report.entry.ONLY_MINE.KEPT", keptOnlyMine));
        }
        for (Quadrant q : Quadrant.values()) {
            String anchor = null;
            for (Entry their : theirs.entries(q)) {
                EntryDifference d = byTheirId.get(their.id());
                String placed = d == null ? null : place(d, decisions.choiceFor(d), q, anchor);
                if (placed != null) {
                    anchor = placed;
                } else if (indexOf(q, their.id()) >= 0) {
                    anchor = their.id();
                }
            }
        }
        return Canvas.of(result);
    }

    List<Message> report() {
        return List.copyOf(report);
    }

    int conflictsKept() {
        return conflictsKept;
    }

    /** Content decisions at my entry's place; where their versions go is decided by {@link #place}. */
    private void changeContent(EntryDifference d, Choice choice) {
        Entry my = d.mine().entry();
        Entry their = d.theirs().entry();
        Object q = quadrant(d.mine());
        if (choice == Choice.THEIRS) {
            replace(new Entry(my.id(), their.text(), their.links(), their.note()));
            report.add(Message.of("report.entry.CHANGED.TOOK_THEIRS", q, my.text(), their.text()));
        } else if (choice == Choice.MINE) {
            report.add(Message.of("report.entry.CHANGED.KEPT_MINE", q, my.text(), their.text()));
        } else if (!d.textChanged()) {
            replace(new Entry(my.id(), my.text(), union(my.links(), their.links()), combinedNote(my.note(), their.note())));
            if (d.conflicting()) {
                conflictsKept++;
                report.add(Message.of("report.entry.CHANGED.KEPT_BOTH_NOTES", q, my.text()));
            } else {
                report.add(Message.of("report.entry.CHANGED.COMBINED", q, my.text()));
            }
        }
    }

    /** Puts their version where they have it, if the choice asks for that; returns its id in the result. */
    private String place(EntryDifference d, Choice choice, Quadrant q, String anchor) {
        Entry their = d.theirs().entry();
        switch (d.kind()) {
            case ONLY_THEIRS -> {
                if (choice == Choice.MINE) {
                    report.add(Message.of("report.entry.ONLY_THEIRS.KEPT_MINE", quadrant(d.theirs()), their.text()));
                    return null;
                }
                Entry added = new Entry(ids.claim(their.id(), Ids::newEntryId), their.text(),
                        their.links(), their.note());
                insertAfter(q, anchor, added);
                report.add(Message.of("report.entry.ONLY_THEIRS.TOOK_THEIRS", quadrant(d.theirs()), their.text()));
                return added.id();
            }
            case CHANGED, MOVED -> {
                if (choice == Choice.THEIRS && d.moved()) {
                    Entry current = find(their.id());
                    remove(their.id());
                    insertAfter(q, anchor, current);
                    if (d.kind() == EntryDifference.Kind.MOVED) {
                        report.add(Message.of("report.entry.MOVED.TOOK_THEIRS", quadrant(d.mine()), their.text(),
                                quadrant(d.theirs())));
                    }
                    return current.id();
                }
                if (choice == Choice.BOTH && (d.textChanged() || d.kind() == EntryDifference.Kind.MOVED)) {
                    return placeMarkedCopy(d, q, anchor);
                }
                if (d.kind() == EntryDifference.Kind.MOVED) {
                    report.add(Message.of("report.entry.MOVED.KEPT_MINE", quadrant(d.mine()), their.text(),
                            quadrant(d.theirs())));
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private String placeMarkedCopy(EntryDifference d, Quadrant q, String anchor) {
        Entry their = d.theirs().entry();
        Entry copy = new Entry(ids.newEntryId(), their.text(), their.links(), markers.entryNote(their.note()));
        int mine = indexOf(q, their.id());
        if (mine >= 0) {
            result.get(q).add(mine + 1, copy);
        } else {
            insertAfter(q, anchor, copy);
        }
        if (d.conflicting()) {
            conflictsKept++;
        }
        if (d.kind() == EntryDifference.Kind.MOVED) {
            report.add(Message.of("report.entry.MOVED.KEPT_BOTH", quadrant(d.mine()), their.text(), quadrant(d.theirs())));
        } else {
            report.add(Message.of("report.entry.CHANGED.KEPT_BOTH", quadrant(d.mine()), d.mine().entry().text(),
                    their.text()));
        }
        return copy.id();
    }

    private String combinedNote(String mine, String theirs) {
        if (theirs.isEmpty() || mine.equals(theirs)) {
            return mine;
        }
        return mine.isEmpty() ? theirs : markers.combinedNote(mine, theirs);
    }

    private static List<String> union(List<String> mine, List<String> theirs) {
        LinkedHashSet<String> all = new LinkedHashSet<>(mine);
        all.addAll(theirs);
        return List.copyOf(all);
    }

    private static Message quadrant(Placement placement) {
        return Message.of("quadrant." + placement.quadrant().key());
    }

    private void insertAfter(Quadrant q, String anchor, Entry entry) {
        List<Entry> list = result.get(q);
        int index = anchor == null ? -1 : indexOf(q, anchor);
        list.add(index + 1, entry);
    }

    private int indexOf(Quadrant q, String id) {
        List<Entry> list = result.get(q);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private Entry find(String id) {
        return result.values().stream().flatMap(List::stream).filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No entry " + id));
    }

    private void replace(Entry entry) {
        for (List<Entry> list : result.values()) {
            list.replaceAll(e -> e.id().equals(entry.id()) ? entry : e);
        }
    }

    private void remove(String id) {
        result.values().forEach(list -> list.removeIf(e -> e.id().equals(id)));
    }
}
