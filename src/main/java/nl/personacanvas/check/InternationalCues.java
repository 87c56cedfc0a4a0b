package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    /**
     * Per first letter the indexes of the forms starting with it, so a statement's words are compared with the
     * one or two forms that can match each of them instead of with every form.
     */
    private final Map<Character, int[]> formsByInitial = new HashMap<>();

    InternationalCues(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        sections.forEach((scope, lines) -> {
            Set<String> activities = Set.copyOf(Arrays.asList(scope.split("\\s+")));
            for (String line : lines) {
                if (line.startsWith(AS_WRITTEN)) {
                    boolean prefix = line.endsWith(ANY_ENDING);
                    if (plain(line).isEmpty()) {
                        throw new IllegalStateException("A cue as written needs a word: " + line);
                    }
                    forms.add(new Form(plain(line), prefix, activities));
                } else {
                    Phrase phrase = analyzer.phrase(line);
                    cues.add(phrase, new Cue(phrase, activities));
                }
            }
        });
        for (int f = 0; f < forms.size(); f++) {
            int[] before = formsByInitial.getOrDefault(forms.get(f).text().charAt(0), new int[0]);
            int[] with = Arrays.copyOf(before, before.length + 1);
            with[before.length] = f;
            formsByInitial.put(forms.get(f).text().charAt(0), with);
        }
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
        for (int stem : text.allIds()) {
            for (PhraseIndex.Item<Cue> item : cues.startingWith(stem)) {
                Set<String> scope = item.value().activities();
                if (!result.contains(scope) && text.contains(item.phrase())) {
                    result.add(scope);
                }
            }
        }
        boolean[] written = written(text);
        for (int f = 0; written != null && f < forms.size(); f++) {
            Form form = forms.get(f);
            if (written[f] && !result.contains(form.activities())) {
                result.add(form.activities());
            }
        }
        return List.copyOf(result);
    }

    /** Per form whether a word of the statement is written that way, or null when none is. */
    private boolean[] written(AnalyzedText text) {
        boolean[] written = null;
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            String surface = words.get(i).surface();
            int[] sameInitial = surface.isEmpty() ? null : formsByInitial.get(surface.charAt(0));
            for (int k = 0; sameInitial != null && k < sameInitial.length; k++) {
                if (forms.get(sameInitial[k]).matches(surface)) {
                    written = written != null ? written : new boolean[forms.size()];
                    written[sameInitial[k]] = true;
                }
            }
        }
        return written;
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
