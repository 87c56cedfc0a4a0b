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

    /** A cue matched on a word as written: the whole word, or its start ({@code prefix}). */
    private record Form(String text, boolean prefix, Set<String> activities) {
        boolean matches(String surface) {
            return prefix ? surface.startsWith(text) : surface.equals(text);
        }
    }

    private static final String AS_WRITTEN = "=";
    private static final String ANY_ENDING = "*";

    private final PhraseIndex<Cue> cues = new PhraseIndex<>();
    private final List<Form> forms = new ArrayList<>();

    InternationalCues(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        sections.forEach((scope, lines) -> {
            Set<String> activities = Set.copyOf(Arrays.asList(scope.split("\\s+")));
            for (String line : lines) {
                if (line.startsWith(AS_WRITTEN)) {
                    boolean prefix = line.endsWith(ANY_ENDING);
                    forms.add(new Form(plain(line), prefix, activities));
                } else {
                    Phrase phrase = analyzer.phrase(line);
                    cues.add(phrase, new Cue(phrase, activities));
                }
            }
        });
    }

    /** The cues' words, for the vocabulary: a cue matched as written is still a word the lexicons know. */
    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).map(InternationalCues::plain).toList();
    }

    private static String plain(String line) {
        String word = line.startsWith(AS_WRITTEN) ? line.substring(AS_WRITTEN.length()) : line;
        return word.endsWith(ANY_ENDING) ? word.substring(0, word.length() - ANY_ENDING.length()) : word;
    }

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
        for (Form form : forms) {
            if (!result.contains(form.activities()) && written(text, form)) {
                result.add(form.activities());
            }
        }
        return List.copyOf(result);
    }

    private static boolean written(AnalyzedText text, Form form) {
        for (Word word : text.words()) {
            if (form.matches(word.surface())) {
                return true;
            }
        }
        return false;
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
