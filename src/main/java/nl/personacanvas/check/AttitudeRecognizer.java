package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the matrix's attitudes in a statement through the adjective and its inflections, the noun,
 * synonyms and typical phrases of {@code attitudes.txt} (flexibiliteit, inlevingsvermogen, "staat open
 * voor" ...), and tells whether the statement is phrased as an attitude ("Is flexibel", "Nieuwsgierig
 * naar ...") rather than an action that merely mentions one ("Speelt flexibel in op crises").
 */
final class AttitudeRecognizer {
    private static final String OPENERS = "openers";
    private static final String VETO = "!";

    private record Expressions(List<Phrase> positive, List<Phrase> vetoes) {
    }

    /** Attitudes found, in the file's order, and whether the statement opens with one of them. */
    record Recognition(List<String> attitudes, boolean phrasedAsAttitude) {
        static final Recognition NONE = new Recognition(List.of(), false);
    }

    private final Map<String, Expressions> attitudes = new LinkedHashMap<>();
    private final Set<String> openers;

    AttitudeRecognizer(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.openers = sections.getOrDefault(OPENERS, List.of()).stream()
                .map(analyzer::phrase)
                .filter(p -> !p.stems().isEmpty())
                .map(p -> p.stems().get(0))
                .collect(Collectors.toUnmodifiableSet());
        sections.forEach((name, lines) -> {
            if (name.isEmpty() || name.equals(OPENERS)) {
                return;
            }
            List<Phrase> positive = new ArrayList<>();
            List<Phrase> vetoes = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(VETO)) {
                    vetoes.add(analyzer.phrase(line.substring(VETO.length())));
                } else {
                    positive.add(analyzer.phrase(line));
                }
            }
            attitudes.put(name, new Expressions(List.copyOf(positive), List.copyOf(vetoes)));
        });
    }

    static List<String> texts(Map<String, List<String>> sections) {
        return sections.values().stream().flatMap(List::stream).map(l -> l.replace(VETO, "")).toList();
    }

    /** The attitude names this recogniser knows, in the data file's order. */
    List<String> names() {
        return List.copyOf(attitudes.keySet());
    }

    Recognition recognise(AnalyzedText text) {
        int opening = openingIndex(text);
        List<String> found = new ArrayList<>();
        boolean phrased = false;
        for (Map.Entry<String, Expressions> e : attitudes.entrySet()) {
            int first = firstUnvetoedStart(text, e.getValue());
            if (first >= 0) {
                found.add(e.getKey());
                phrased |= first <= opening;
            }
        }
        return found.isEmpty() ? Recognition.NONE : new Recognition(List.copyOf(found), phrased);
    }

    private static int firstUnvetoedStart(AnalyzedText text, Expressions expressions) {
        List<int[]> vetoed = new ArrayList<>();
        for (Phrase veto : expressions.vetoes()) {
            vetoed.addAll(text.spans(veto));
        }
        int first = -1;
        for (Phrase phrase : expressions.positive()) {
            for (int[] span : text.spans(phrase)) {
                boolean inVeto = vetoed.stream().anyMatch(v -> v[0] <= span[0] && span[1] <= v[1]);
                if (!inVeto && (first < 0 || span[0] < first)) {
                    first = span[0];
                }
            }
        }
        return first;
    }

    /** Index of the first word that is neither a function word nor an opener such as "is" or "toont". */
    private int openingIndex(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.stop() && !openers.contains(w.stem())) {
                return i;
            }
        }
        return -1;
    }
}
