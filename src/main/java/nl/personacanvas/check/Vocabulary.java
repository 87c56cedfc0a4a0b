package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stems the lexicons know, and how an unknown word is mapped onto one of them: by a Dutch inflection
 * rule (a suffix rewrite such as {@code t ->} for begeleidt, {@code tje ->} for opdrachtje) when the
 * result is known, else by a bounded edit distance (transpositions count as one edit) for typos, unless the word
 * as written is a known Dutch word. Lucene's
 * Levenshtein automata were the first choice, but building one per unknown word cost more than the
 * rest of the analysis together; the bounded distance ({@link NearestStem}) stops as soon as the bound is exceeded. Lucene's Snowball stemmer does not merge these forms by itself.
 */
final class Vocabulary {
    /** Letters a suffix rewrite must leave before the suffix (one fewer where it puts letters back). */
    private static final int MIN_KEPT = 3;
    private static final String TYPO_CANDIDATE = "->";
    private static final String EXACT = "=>";
    private static final String VOWELS = "aeiouy";

    /**
     * Spelling alternations Snowball leaves apart, applied even to a word whose own stem is known:
     * verb forms (ontwikkelt, begeleidt) and the f/v, s/z alternation (bedrijven, reizen).
     */
    private static final List<String[]> ALTERNATIONS = List.of(new String[] {"dt", "d"}, new String[] {"t", ""},
            new String[] {"ven", "f"}, new String[] {"zen", "s"});
    private static final List<String[]> PART_ALTERNATIONS = List.of(new String[] {"v", "f"}, new String[] {"z", "s"});

    private final Set<String> known;
    /**
     * Stems of words seen in the classifier's examples: real Dutch, so no typo to correct. Checked after the
     * inflection rules, so a plain inflected form ("proactieve") still reaches its base form's stem by rule.
     */
    private final Set<String> plain;
    /**
     * Dutch words as written (lower case, accents folded) that the typo step would take for another word: real
     * words, so never corrected ("moeten" is not "moed", "sport" not "soort"). Derived from OpenTaal's word list,
     * only the words within the typo step's reach of a lexicon stem ({@code dutch-words.txt}).
     */
    private final Set<String> dutch;
    /** The typo step's search among the known stems. */
    private final NearestStem nearest;
    private final List<Rule> rules;
    private final WordAnalysis lucene;

    Vocabulary(Set<String> known, Set<String> plain, Set<String> dutch, List<String> ruleLines, WordAnalysis lucene) {
        this.known = Set.copyOf(known);
        this.plain = Set.copyOf(plain);
        this.dutch = Set.copyOf(dutch);
        this.nearest = new NearestStem(known);
        this.lucene = lucene;
        this.rules = ruleLines.stream().map(Vocabulary::parseRule).toList();
    }

    /** Stem and compound-part stems of {@code surface}, mapped onto known stems where possible. */
    List<String> normalise(String surface) {
        List<String> own = withKnownParts(lucene.stems(surface));
        if (!surface.chars().allMatch(Character::isLetter)) {
            return own;
        }
        Optional<String> base = byForm(surface, own.get(0));
        if (base.isEmpty() && !dutch.contains(surface)) {
            base = typoOf(surface, own.get(0));
        }
        if (base.isEmpty()) {
            return own;
        }
        List<String> result = new ArrayList<>(own);
        result.set(0, base.get());
        return result;
    }

    /** Whether {@code surface} (folded) is a word the checker knows: a lexicon's, an example's or a Dutch word. */
    boolean isWord(String surface) {
        String own = lucene.stems(surface).get(0);
        return dutch.contains(surface) || known.contains(own) || plain.contains(own);
    }

    /**
     * Whether the typo step would map {@code surface} onto another stem, were it not a known Dutch word: what
     * decides which words of the Dutch word list {@code dutch-words.txt} keeps.
     */
    boolean correctedAsTypo(String surface) {
        if (!surface.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String own = lucene.stems(surface).get(0);
        return byForm(surface, own).isEmpty() && typoOf(surface, own).isPresent();
    }

    /**
     * The known stem {@code surface} is a form of, by a spelling alternation or an inflection rule; empty when
     * its own stem is known or no rule reaches a known stem.
     */
    private Optional<String> byForm(String surface, String ownStem) {
        Optional<String> verb = alternation(surface, ownStem);
        if (verb.isPresent() || known.contains(ownStem)) {
            return verb;
        }
        for (Rule rule : rules) {
            if (rule.applies(surface)) {
                String rewritten = lucene.stem(rule.rewrite(surface));
                if (known.contains(rewritten)) {
                    return Optional.of(rewritten);
                }
            }
        }
        return doubled(ownStem);
    }

    /**
     * Snowball undoubles a final k, d or t only: verschil and verschillen, noodgeval and noodgevallen keep two stems
     * of one word. The known stem with the final consonant doubled or undoubled.
     */
    private Optional<String> doubled(String stem) {
        int n = stem.length();
        if (n < NearestStem.MIN_FUZZY_LENGTH || VOWELS.indexOf(stem.charAt(n - 1)) >= 0) {
            return Optional.empty();
        }
        String other = stem.charAt(n - 2) == stem.charAt(n - 1) ? stem.substring(0, n - 1) : stem + stem.charAt(n - 1);
        return known.contains(other) ? Optional.of(other) : Optional.empty();
    }

    /**
     * The known stem nearest to the word's own stem, or to the stem of one of its "->" rewrites (a typo in an
     * inflected word: "comuniceert"), unless the stem is one of the classifier's plain words.
     */
    private Optional<String> typoOf(String surface, String ownStem) {
        if (known.contains(ownStem) || plain.contains(ownStem)) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(ownStem);
        for (Rule rule : rules) {
            if (rule.typoCandidate() && rule.applies(surface)) {
                candidates.add(lucene.stem(rule.rewrite(surface)));
            }
        }
        for (String candidate : candidates) {
            Optional<String> near = nearest.nearest(candidate);
            if (near.isPresent()) {
                return near;
            }
        }
        return Optional.empty();
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
        for (Rule rule : rules) {
            if (rule.applies(form)) {
                String stem = lucene.stem(rule.rewrite(form));
                if (known.contains(stem)) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }

    private static Rule parseRule(String line) {
        boolean exact = line.contains(EXACT);
        String[] sides = line.split(exact ? EXACT : TYPO_CANDIDATE, -1);
        if (sides.length != 2) {
            throw new IllegalStateException("Bad inflection rule: " + line);
        }
        return new Rule(sides[0].strip(), sides[1].strip(), !exact);
    }

    /**
     * A suffix rewrite of {@code inflection-rules.txt}. Written "->", a rewrite whose stem is unknown is still a
     * candidate for the typo step (a typo in an inflected word: "comuniceert"); written "=>" it is used only when
     * its stem is known, as the typo step near a short rewritten form finds other words ("halen" is no typo of
     * "hakt").
     */
    private record Rule(String suffix, String replacement, boolean typoCandidate) {
        /**
         * Whether the rule rewrites {@code word}: its suffix ends the word and the rule leaves a word, not a
         * fragment: at least three letters before the suffix ("lesje" is "les"), or two where the rule puts letters
         * back and the result has four ("opener" is "open"; "lezen" is not "les", "gender" not "gend").
         */
        boolean applies(String word) {
            if (!word.endsWith(suffix)) {
                return false;
            }
            int kept = word.length() - suffix.length();
            return kept >= MIN_KEPT || kept == MIN_KEPT - 1 && kept + replacement.length() > MIN_KEPT;
        }

        String rewrite(String word) {
            return word.substring(0, word.length() - suffix.length()) + replacement;
        }
    }
}
