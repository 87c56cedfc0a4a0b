package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The stems the lexicons know, and how an unknown word is mapped onto one of them: by a Dutch inflection
 * rule (a suffix rewrite such as {@code t ->} for begeleidt, {@code tje ->} for opdrachtje) when the
 * result is known, else by a bounded edit distance (Lucene's Levenshtein automata, transpositions count
 * as one edit) for typos. Lucene's Snowball stemmer does not merge these forms by itself.
 */
final class Vocabulary {
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MIN_TWO_EDITS_LENGTH = 9;

    private final Set<String> known;
    private final List<String[]> rules;
    private final WordAnalysis lucene;

    Vocabulary(Set<String> known, List<String> ruleLines, WordAnalysis lucene) {
        this.known = Set.copyOf(known);
        this.lucene = lucene;
        this.rules = ruleLines.stream().map(Vocabulary::parseRule).toList();
    }

    boolean contains(String stem) {
        return known.contains(stem);
    }

    /** Stem and compound-part stems of {@code surface}, mapped onto known stems where possible. */
    List<String> normalise(String surface) {
        List<String> own = withKnownParts(lucene.stems(surface));
        if (known.contains(own.get(0)) || !surface.chars().allMatch(Character::isLetter)) {
            return own;
        }
        List<String> candidates = new ArrayList<>();
        for (String[] rule : rules) {
            if (surface.endsWith(rule[0]) && surface.length() - rule[0].length() >= 3) {
                List<String> rewritten = withKnownParts(
                        lucene.stems(surface.substring(0, surface.length() - rule[0].length()) + rule[1]));
                if (known.contains(rewritten.get(0))) {
                    return rewritten;
                }
                candidates.add(rewritten.get(0));
            }
        }
        candidates.add(0, own.get(0));
        for (String candidate : candidates) {
            Optional<String> near = nearest(candidate);
            if (near.isPresent()) {
                List<String> result = new ArrayList<>(own);
                result.set(0, near.get());
                return result;
            }
        }
        return own;
    }

    /** Compound parts come out of the stemmer as stems (bedrijv); map them by the rules too (bedrijf). */
    private List<String> withKnownParts(List<String> stems) {
        List<String> result = new ArrayList<>(stems);
        for (int i = 1; i < result.size(); i++) {
            result.set(i, byRule(result.get(i)).orElse(result.get(i)));
        }
        return result;
    }

    private Optional<String> byRule(String form) {
        if (known.contains(form)) {
            return Optional.of(form);
        }
        for (String[] rule : rules) {
            if (form.endsWith(rule[0]) && form.length() - rule[0].length() >= 3) {
                String stem = lucene.stems(form.substring(0, form.length() - rule[0].length()) + rule[1]).get(0);
                if (known.contains(stem)) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> nearest(String stem) {
        if (stem.length() < MIN_FUZZY_LENGTH - 1) {
            return Optional.empty();
        }
        int maxEdits = stem.length() >= MIN_TWO_EDITS_LENGTH ? 2 : 1;
        for (int edits = 1; edits <= maxEdits; edits++) {
            CharacterRunAutomaton automaton =
                    new CharacterRunAutomaton(new LevenshteinAutomata(stem, true).toAutomaton(edits));
            int limit = edits;
            Optional<String> hit = known.stream()
                    .filter(k -> k.length() >= MIN_FUZZY_LENGTH - 1 && Math.abs(k.length() - stem.length()) <= limit)
                    .filter(k -> k.charAt(0) == stem.charAt(0))
                    .filter(automaton::run)
                    .min(Comparator.comparingInt((String k) -> Math.abs(k.length() - stem.length()))
                            .thenComparing(Comparator.naturalOrder()));
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static String[] parseRule(String line) {
        String[] sides = line.split("->", -1);
        if (sides.length != 2) {
            throw new IllegalStateException("Bad inflection rule: " + line);
        }
        return new String[] {sides[0].strip(), sides[1].strip()};
    }
}
