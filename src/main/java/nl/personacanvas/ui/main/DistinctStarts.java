package nl.personacanvas.ui.main;

import java.util.ArrayList;
import java.util.List;

/**
 * Names with the words they start with in common with another name left off: the matrix's activities begin alike
 * ("Internationale en interculturele dimensies integreren in (vak- en burgerschaps-) onderwijs", "… integreren en
 * studenten begeleiden in stagetrajecten …", a school's "Internationale en interculturele dimensie integreren in
 * studieloopbaantraject"), so where a heading is cut, its start told none of them apart (session 30).
 */
final class DistinctStarts {
    static final String LEFT_OFF = "…";
    private static final int SHORT_WORD = 3;

    private DistinctStarts() {
    }

    /**
     * Each name of {@code names}, in their order, with the words it shares at its start with any other name replaced
     * by {@link #LEFT_OFF} ("…dimensie integreren in studieloopbaantraject"), and the short words that follow them;
     * a name that shares none, or nothing but itself, stays whole.
     */
    static List<String> of(List<String> names) {
        List<String[]> words = names.stream().map(n -> n.strip().split("\\s+")).toList();
        List<String> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int shared = 0;
            for (int j = 0; j < words.size(); j++) {
                if (j != i) {
                    shared = Math.max(shared, sharedStart(words.get(i), words.get(j)));
                }
            }
            String[] own = words.get(i);
            int from = shared;
            // "…studenten begeleiden in stagetrajecten", not "…en studenten begeleiden in…": a cut heading has room
            // for few words, and a short one after the shared start ("en", "in", "met") tells nothing.
            while (from > 0 && from < own.length - 1 && own[from].length() <= SHORT_WORD) {
                from++;
            }
            result.add(from == 0 || from >= own.length ? names.get(i)
                    : LEFT_OFF + String.join(" ", List.of(own).subList(from, own.length)));
        }
        return result;
    }

    private static int sharedStart(String[] a, String[] b) {
        int n = 0;
        while (n < a.length && n < b.length && a[n].equalsIgnoreCase(b[n])) {
            n++;
        }
        return n;
    }
}
