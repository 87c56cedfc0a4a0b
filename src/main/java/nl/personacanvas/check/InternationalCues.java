package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final List<Cue> cues;

    InternationalCues(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        List<Cue> list = new ArrayList<>();
        sections.forEach((scope, lines) -> {
            Set<String> activities = Set.copyOf(Arrays.asList(scope.split("\\s+")));
            for (String line : lines) {
                list.add(new Cue(analyzer.phrase(line), activities));
            }
        });
        this.cues = List.copyOf(list);
    }

    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).toList();
    }

    /** The first cue found, as written in the data file; empty when the statement is too general. */
    Optional<String> find(AnalyzedText text, String matrixActivityId) {
        return cues.stream()
                .filter(c -> c.appliesTo(matrixActivityId) && text.contains(c.phrase()))
                .map(c -> c.phrase().source())
                .findFirst();
    }
}
