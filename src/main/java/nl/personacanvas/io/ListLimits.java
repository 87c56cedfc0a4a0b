package nl.personacanvas.io;

import java.util.List;
import java.util.Set;

/** How many items each list of the format may hold, looked up by the list's path in the document. */
final class ListLimits {
    private static final Set<String> QUADRANTS = Set.of("design", "deliver", "organise", "attitude");

    private ListLimits() {
    }

    /** Indexes at which a list may just have passed one of the limits; checking only there keeps streaming cheap. */
    static boolean isCheckpoint(int index) {
        return index == Limits.MAX_AUTHORS || index == Limits.MAX_ENTRIES_PER_QUADRANT || index == Limits.MAX_PERSONAS;
    }

    /**
     * The limit for the list at {@code path} (property names and indexes from the root). Lists the format
     * does not have are type errors reported later; they get the largest limit so they stay bounded.
     */
    static int maxItems(List<Object> path) {
        String shape = shape(path);
        switch (shape) {
            case "workbook.principles":
                return Limits.MAX_PRINCIPLES;
            case "workbook.principles[].statements":
                return Limits.MAX_STATEMENTS;
            case "workbook.activities":
                return Limits.MAX_ACTIVITIES;
            case "workbook.personas":
                return Limits.MAX_PERSONAS;
            case "workbook.personas[].authors":
                return Limits.MAX_AUTHORS;
            default:
                break;
        }
        if (shape.startsWith("workbook.personas[].canvas.") && path.size() >= 5 && QUADRANTS.contains(path.get(4))) {
            return shape.endsWith("[].links") ? Limits.MAX_LINKS : Limits.MAX_ENTRIES_PER_QUADRANT;
        }
        return Limits.MAX_PERSONAS;
    }

    /** The path with every index written as {@code []}: {@code workbook.personas[].canvas.design}. */
    private static String shape(List<Object> path) {
        StringBuilder sb = new StringBuilder();
        for (Object s : path) {
            if (s instanceof Integer) {
                sb.append("[]");
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(s);
            }
        }
        return sb.toString();
    }
}
