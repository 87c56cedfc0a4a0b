package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stems the lexicons know, and how an unknown word is mapped onto one of them: by a Dutch inflection
 * rule (a suffix rewrite such as {@code t ->} for begeleidt, {@code tje ->} for opdrachtje) when the
 * result is known, else by a bounded edit distance (transpositions count as one edit) for typos. Lucene's
 * Levenshtein automata were the first choice, but building one per unknown word cost more than the
 * rest of the analysis together; the bounded distance below stops as soon as the bound is exceeded. Lucene's Snowball stemmer does not merge these forms by itself.
 */
final class Vocabulary {
    private static final int MIN_FUZZY_LENGTH = 5;
    private static final int MIN_TWO_EDITS_LENGTH = 9;

    /**
     * Spelling alternations Snowball leaves apart, applied even to a word whose own stem is known:
     * verb forms (ontwikkelt, begeleidt) and the f/v, s/z alternation (bedrijven, reizen).
     */
    private static final List<String[]> ALTERNATIONS = List.of(new String[] {"dt", "d"}, new String[] {"t", ""},
            new String[] {"ven", "f"}, new String[] {"zen", "s"});
    private static final List<String[]> PART_ALTERNATIONS = List.of(new String[] {"v", "f"}, new String[] {"z", "s"});

    private final Set<String> known;
    /** Stems of words seen in the classifier's examples: real Dutch, so no typo to correct. */
    private final Set<String> plain;
    /**
     * Known stems by first letter and then by length: a typo is only compared with stems of its first letter
     * whose length is within the edit bound, so a first-seen word is compared with a few dozen stems instead of
     * every stem of its letter.
     */
    private final Map<Character, List<String>[]> byInitial;
    /** Per thread the rows of the edit-distance table, reused for every comparison. */
    private final ThreadLocal<EditDistance.Rows> rows = ThreadLocal.withInitial(EditDistance.Rows::new);
    private final List<String[]> rules;
    private final WordAnalysis lucene;

    Vocabulary(Set<String> known, Set<String> plain, List<String> ruleLines, WordAnalysis lucene) {
        this.known = Set.copyOf(known);
        this.plain = Set.copyOf(plain);
        this.byInitial = byInitialAndLength(known);
        this.lucene = lucene;
        this.rules = ruleLines.stream().map(Vocabulary::parseRule).toList();
    }

    /** Stem and compound-part stems of {@code surface}, mapped onto known stems where possible. */
    List<String> normalise(String surface) {
        List<String> own = withKnownParts(lucene.stems(surface));
        if (!surface.chars().allMatch(Character::isLetter)) {
            return own;
        }
        Optional<String> verb = alternation(surface, own.get(0));
        if (verb.isPresent()) {
            List<String> result = new ArrayList<>(own);
            result.set(0, verb.get());
            return result;
        }
        if (known.contains(own.get(0))) {
            return own;
        }
        List<String> candidates = new ArrayList<>();
        for (String[] rule : rules) {
            if (surface.endsWith(rule[0]) && surface.length() - rule[0].length() >= 3) {
                String rewritten = lucene.stem(surface.substring(0, surface.length() - rule[0].length()) + rule[1]);
                if (known.contains(rewritten)) {
                    List<String> result = new ArrayList<>(own);
                    result.set(0, rewritten);
                    return result;
                }
                candidates.add(rewritten);
            }
        }
        if (plain.contains(own.get(0))) {
            return own;
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

    /**
     * A third-person verb form (ontwikkelt, begeleidt) or an f/v, s/z spelling (bedrijven, reizen) maps onto
     * the known stem of its base form, even when a lexicon happens to contain the inflected form too.
     */
    private Optional<String> alternation(String surface, String ownStem) {
        for (String[] alternation : ALTERNATIONS) {
            String suffix = alternation[0];
            if (surface.endsWith(suffix) && surface.length() - suffix.length() >= 3) {
                String stem = lucene.stem(surface.substring(0, surface.length() - suffix.length()) + alternation[1]);
                if (!stem.equals(ownStem) && known.contains(stem)) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
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
        for (String[] alternation : PART_ALTERNATIONS) {
            if (form.endsWith(alternation[0])) {
                String stem = form.substring(0, form.length() - 1) + alternation[1];
                if (known.contains(stem)) {
                    return Optional.of(stem);
                }
            }
        }
        if (known.contains(form)) {
            return Optional.of(form);
        }
        for (String[] rule : rules) {
            if (form.endsWith(rule[0]) && form.length() - rule[0].length() >= 3) {
                String stem = lucene.stem(form.substring(0, form.length() - rule[0].length()) + rule[1]);
                if (known.contains(stem)) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<Character, List<String>[]> byInitialAndLength(Set<String> known) {
        Map<Character, List<String>[]> result = new HashMap<>();
        for (String k : known) {
            if (k.length() < MIN_FUZZY_LENGTH - 1) {
                continue;
            }
            List<String>[] byLength = result.get(k.charAt(0));
            if (byLength == null || byLength.length <= k.length()) {
                List<String>[] grown = (List<String>[]) new List<?>[k.length() + 1];
                if (byLength != null) {
                    System.arraycopy(byLength, 0, grown, 0, byLength.length);
                }
                byLength = grown;
                result.put(k.charAt(0), byLength);
            }
            if (byLength[k.length()] == null) {
                byLength[k.length()] = new ArrayList<>();
            }
            byLength[k.length()].add(k);
        }
        return Map.copyOf(result);
    }

    /** The known stem nearest to {@code stem} within the edit bound; of equally near ones the first in order. */
    private Optional<String> nearest(String stem) {
        if (stem.length() < MIN_FUZZY_LENGTH - 1) {
            return Optional.empty();
        }
        List<String>[] byLength = byInitial.get(stem.charAt(0));
        if (byLength == null) {
            return Optional.empty();
        }
        int maxEdits = stem.length() >= MIN_TWO_EDITS_LENGTH ? 2 : 1;
        EditDistance.Rows scratch = rows.get();
        String best = null;
        int bestDistance = maxEdits + 1;
        int longest = Math.min(byLength.length - 1, stem.length() + maxEdits);
        for (int length = Math.max(0, stem.length() - maxEdits); length <= longest; length++) {
            List<String> stems = byLength[length];
            for (int i = 0; stems != null && i < stems.size(); i++) {
                String k = stems.get(i);
                int d = EditDistance.bounded(stem, k, maxEdits, scratch);
                if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
                    best = k;
                    bestDistance = d;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String[] parseRule(String line) {
        String[] sides = line.split("->", -1);
        if (sides.length != 2) {
            throw new IllegalStateException("Bad inflection rule: " + line);
        }
        return new String[] {sides[0].strip(), sides[1].strip()};
    }
}
