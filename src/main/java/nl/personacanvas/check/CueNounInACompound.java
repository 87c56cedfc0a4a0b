package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A cue of an adjective and a noun whose noun the writer made the last part of a compound: "in gemengde
 * moodboardgroepjes" (the cue "gemengde groep"), "een Nederlandse hotelgast" ("nederlandse gast"). A cue line's later
 * words are matched as whole words only, and the trade's own compound of the noun is as common as the noun alone
 * (session 27; gen26 left "een Nederlandse hotelgast"). Each line of {@code cue-nouns-in-compounds.txt} gives a scope
 * (the activities, or "all"), the adjective's forms and the compound's last parts; the adjective must stand right
 * before a longer word that ends in one of them. Read from the words as written, as {@link CustomsInACompound} is, so
 * its words enter no vocabulary. Immutable.
 */
final class CueNounInACompound {
    static final String RESOURCE = "cue-nouns-in-compounds.txt";
    private static final String FIELDS = "\\s*\\|\\s*";
    private static final String WORDS = "\\s+";

    private record Rule(Set<String> scope, Set<String> adjectives, List<String> endings) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** @param lines "scope | adjectives | last parts", each list separated by spaces */
    CueNounInACompound(List<String> lines) {
        for (String line : lines) {
            String[] fields = line.split(FIELDS);
            if (fields.length != 3) {
                throw new IllegalArgumentException(RESOURCE + ": expected 'scope | adjectives | last parts': " + line);
            }
            rules.add(new Rule(Set.of(fields[0].split(WORDS)), Set.copyOf(folded(fields[1])), folded(fields[2])));
        }
    }

    private static List<String> folded(String field) {
        return Arrays.stream(field.split(WORDS)).map(w -> WordAnalysis.fold(w.toCharArray(), w.length())).toList();
    }

    /** Adds to {@code scopes} the scope of every rule the statement meets, as {@link InternationalCues} keeps them. */
    void addScopes(AnalyzedText text, List<Set<String>> scopes) {
        List<Word> words = text.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String surface = words.get(i).surface();
            for (Rule rule : rules) {
                // The adjective first: it settles nearly every word on one hash look-up, where the list's contains
                // compares the rule's scope with each scope found, set by set (session 28, speed28).
                if (rule.adjectives().contains(surface) && !scopes.contains(rule.scope())
                        && endsInOneOf(words.get(i + 1).surface(), rule.endings())) {
                    scopes.add(rule.scope());
                }
            }
        }
    }

    private static boolean endsInOneOf(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.length() > ending.length() && word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
