package nl.personacanvas.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Ids;

/**
 * Which of their core activities is which of mine. A matrix activity is matched by its matrix id (A1..A5),
 * a school's own activity by id, then by name; the rest is added, with a new id where theirs is taken.
 * Their personas are pointed at the result, so no persona ever refers to an activity the merge lacks.
 */
final class ActivityMatch {
    private final Map<String, String> theirsToMerged = new HashMap<>();
    private final List<CoreActivity> added = new ArrayList<>();
    private final List<FieldDifference> nameDifferences = new ArrayList<>();

    ActivityMatch(List<CoreActivity> mine, List<CoreActivity> theirs) {
        Set<String> taken = new HashSet<>();
        mine.forEach(a -> taken.add(a.id()));
        Set<String> matched = new HashSet<>();
        for (CoreActivity their : theirs) {
            Optional<CoreActivity> counterpart = counterpart(mine, their, matched);
            if (counterpart.isPresent()) {
                CoreActivity my = counterpart.get();
                matched.add(my.id());
                theirsToMerged.put(their.id(), my.id());
                if (!my.name().strip().equals(their.name().strip())) {
                    nameDifferences.add(new FieldDifference(FieldDifference.Scope.ACTIVITY, my.id(),
                            Field.ACTIVITY_NAME, my.name(), their.name()));
                }
            } else {
                String id = their.id();
                while (!taken.add(id)) {
                    id = Ids.newActivityId();
                }
                theirsToMerged.put(their.id(), id);
                added.add(new CoreActivity(id, their.matrixId(), their.name(), their.group()));
            }
        }
    }

    private static Optional<CoreActivity> counterpart(List<CoreActivity> mine, CoreActivity their, Set<String> matched) {
        List<CoreActivity> free = mine.stream().filter(a -> !matched.contains(a.id())).toList();
        if (!their.isOwn()) {
            return free.stream().filter(a -> their.matrixId().equals(a.matrixId()))
                    .min((a, b) -> Boolean.compare(!a.id().equals(their.id()), !b.id().equals(their.id())));
        }
        List<CoreActivity> own = free.stream().filter(CoreActivity::isOwn).toList();
        return own.stream().filter(a -> a.id().equals(their.id())).findFirst()
                .or(() -> own.stream().filter(a -> normalised(a.name()).equals(normalised(their.name()))).findFirst());
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The id in the merged workbook for one of their activity ids; empty for none or one they lack. */
    String merged(String theirActivityId) {
        return theirsToMerged.getOrDefault(theirActivityId, "");
    }

    List<CoreActivity> added() {
        return List.copyOf(added);
    }

    List<FieldDifference> nameDifferences() {
        return List.copyOf(nameDifferences);
    }
}
