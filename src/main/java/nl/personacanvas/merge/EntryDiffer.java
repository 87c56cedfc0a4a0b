package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;

/**
 * The entry differences between two canvases of the same persona, matched by entry id. An entry counts as
 * moved inside a quadrant only when it is out of order with the entries both sides keep there (entries
 * added or deleted around it do not make it move).
 */
final class EntryDiffer {

    private EntryDiffer() {
    }

    static List<EntryDifference> diff(String personaId, Canvas mine, Canvas theirs) {
        Map<String, Placement> theirPlaces = placements(theirs);
        Map<String, Placement> myPlaces = placements(mine);
        Set<String> reordered = reordered(mine, theirs, theirPlaces);
        List<EntryDifference> result = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            for (Entry entry : mine.entries(q)) {
                Placement my = myPlaces.get(entry.id());
                Placement their = theirPlaces.get(entry.id());
                if (their == null) {
                    result.add(new EntryDifference(personaId, EntryDifference.Kind.ONLY_MINE, my, null, false));
                    continue;
                }
                boolean moved = my.quadrant() != their.quadrant() || reordered.contains(entry.id());
                if (!entry.equals(their.entry())) {
                    result.add(new EntryDifference(personaId, EntryDifference.Kind.CHANGED, my, their, moved));
                } else if (moved) {
                    result.add(new EntryDifference(personaId, EntryDifference.Kind.MOVED, my, their, true));
                }
            }
        }
        for (Quadrant q : Quadrant.values()) {
            for (Entry entry : theirs.entries(q)) {
                if (!myPlaces.containsKey(entry.id())) {
                    result.add(new EntryDifference(personaId, EntryDifference.Kind.ONLY_THEIRS, null,
                            theirPlaces.get(entry.id()), false));
                }
            }
        }
        return result;
    }

    private static Map<String, Placement> placements(Canvas canvas) {
        Map<String, Placement> map = new HashMap<>();
        for (Quadrant q : Quadrant.values()) {
            List<Entry> list = canvas.entries(q);
            for (int i = 0; i < list.size(); i++) {
                map.put(list.get(i).id(), new Placement(list.get(i), q, i));
            }
        }
        return map;
    }

    /** Entries kept in the same quadrant on both sides but outside their longest common order. */
    private static Set<String> reordered(Canvas mine, Canvas theirs, Map<String, Placement> theirPlaces) {
        Set<String> result = new HashSet<>();
        for (Quadrant q : Quadrant.values()) {
            List<String> myOrder = mine.entries(q).stream().map(Entry::id)
                    .filter(id -> theirPlaces.containsKey(id) && theirPlaces.get(id).quadrant() == q).toList();
            Set<String> shared = new HashSet<>(myOrder);
            List<String> theirOrder = theirs.entries(q).stream().map(Entry::id).filter(shared::contains).toList();
            Set<String> stable = new HashSet<>(longestCommonSubsequence(myOrder, theirOrder));
            myOrder.stream().filter(id -> !stable.contains(id)).forEach(result::add);
        }
        return result;
    }

    private static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] length = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j))
                        ? length[i + 1][j + 1] + 1 : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        List<String> common = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
