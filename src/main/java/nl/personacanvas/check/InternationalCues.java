package nl.personacanvas.check;

import java.util.ArrayList;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises what makes a statement specific to internationalisation (international, intercultural,
 * diversity), from {@code international-cues.txt}. Some cues count only for some matrix activities:
 * "reis" is international for a persona who travels abroad with students, not in general.
 */
final class InternationalCues {
    private static final String ALL = "all";

    private record Cue(Phrase phrase, Set<String> activities) {
        boolean appliesTo(String matrixActivityId) {
            return activities.contains(ALL) || matrixActivityId != null && activities.contains(matrixActivityId);
        }
    }

    private final PhraseIndex<Cue> cues = new PhraseIndex<>();

    InternationalCues(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        sections.forEach((scope, lines) -> {
            Set<String> activities = Set.copyOf(Arrays.asList(scope.split("\\s+")));
            for (String line : lines) {
                Phrase phrase = analyzer.phrase(line);
                cues.add(phrase, new Cue(phrase, activities));
            }
        });
    }

    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    /** The first cue found, as written in the data file; empty when the statement is too general. */
    /**
     * Scopes of the cues a statement contains, found once per text; {@link #appliesTo} then answers for
     * each activity without looking at the text again.
     */
    List<Set<String>> scopesIn(AnalyzedText text) {
        List<Set<String>> result = new ArrayList<>(2);
        for (PhraseIndex.Item<Cue> item : cues.candidates(text)) {
            Set<String> scope = item.value().activities();
            if (!result.contains(scope) && text.contains(item.phrase())) {
                result.add(scope);
            }
        }
        return List.copyOf(result);
    }

    /** Whether {@link #appliesTo} answers the same for every activity (and for a school's own). */
    static boolean sameForEveryActivity(List<Set<String>> scopes) {
        for (Set<String> scope : scopes) {
            if (scope.contains(ALL)) {
                return true;
            }
        }
        return scopes.isEmpty();
    }

    static boolean appliesTo(List<Set<String>> scopes, String matrixActivityId) {
        for (Set<String> scope : scopes) {
            if (scope.contains(ALL) || matrixActivityId != null && scope.contains(matrixActivityId)) {
                return true;
            }
        }
        return false;
    }
}
