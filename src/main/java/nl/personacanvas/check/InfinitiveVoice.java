package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The infinitive voice of a lexicon phrase written in the third person: "pikt ... op dat" is also written
 * "Oppikken dat ...", "ziet kansen" "Kansen zien", "oordeelt niet" "Niet oordelen". Some writers put every
 * statement of a canvas that way. The verb goes to the end of what stands between it and the phrase's clause word,
 * its separable particle glued in front of it, and takes its infinitive by the regular Dutch rules (vowel
 * undoubling, consonant doubling, f/v and s/z). Irregular verbs (heeft, kan) get a form that is no word and so
 * matches nothing; where the rules cannot tell (laat: laten, gaat: gaan) both forms are given. A separable verb also
 * gets its form split by "te" ("Probeert aan te voelen wat ...", "om zich in te leven"). The same move with the
 * verb kept finite is the voice of a relative clause ("Is iemand die snel merkt dat ..." for "merkt snel dat"):
 * {@link #verbLast}.
 */
final class InfinitiveVoice {
    private static final String GAP = "...";
    private static final String VOWELS = "aeiouy";
    private static final Set<String> DIPHTHONGS = Set.of("ie", "oe", "ui", "ei", "ij", "ou", "eu", "au");
    /** Separable particles that go in front of the infinitive: "pikt ... op" is "oppikken". */
    private static final Set<String> PARTICLES = Set.of("op", "aan", "af", "door", "in", "uit", "mee", "toe", "na",
            "terug", "bij", "weg", "open", "klaar", "vast", "samen", "over");
    /** Words that open the phrase's clause or complement: the infinitive stands before them ("oppikken dat"). */
    private static final Set<String> CLAUSE_WORDS = Set.of("dat", "als", "wanneer", "wat", "wie", "hoe", "of", "om",
            "waar", "welke", "welk", "te", "zodat", "omdat", "voordat", "zodra", "tot", "met", "voor", "van", "naar",
            "zonder", "bij");
    private static final int MIN_VERB = 4;
    /** From this length an -el, -er or -ig ending is taken as unstressed (handelen, luisteren, wijzigen), not
     * doubled (stellen). */
    private static final int MIN_UNSTRESSED = 6;

    private InfinitiveVoice() {
    }

    /**
     * The phrase's infinitive-voice texts, or none when its first word is no third-person verb (ends in -t) or is a
     * function word.
     *
     * @param stopword whether a word is a function word ("niet", "met", "wat")
     */
    static List<String> of(String line, Predicate<String> stopword) {
        return moved(line, stopword, true);
    }

    /**
     * The phrase's verb-last texts, the verb finite ("snel merkt dat", "oppikt dat", "niet oordeelt"), or none as for
     * {@link #of}.
     */
    static List<String> verbLast(String line, Predicate<String> stopword) {
        return moved(line, stopword, false);
    }

    private static List<String> moved(String line, Predicate<String> stopword, boolean infinitive) {
        List<String> words = Arrays.asList(line.trim().split("\\s+"));
        String verb = words.get(0);
        if (verb.length() < MIN_VERB || !verb.endsWith("t") || !verb.chars().allMatch(Character::isLetter)
                || stopword.test(verb)) {
            return List.of();
        }
        int tail = 1;
        while (tail < words.size() && !CLAUSE_WORDS.contains(words.get(tail))) {
            tail++;
        }
        List<String> middle = new ArrayList<>(words.subList(1, tail));
        String particle = "";
        if (!middle.isEmpty() && PARTICLES.contains(middle.get(middle.size() - 1))) {
            particle = middle.remove(middle.size() - 1);
        }
        List<String> result = new ArrayList<>(2);
        for (String form : infinitive ? infinitives(verb.substring(0, verb.length() - 1)) : List.of(verb)) {
            result.add(joined(middle, particle + form, words.subList(tail, words.size())));
            if (infinitive && !particle.isEmpty()) {
                // After "probeer", "durf", "om": the particle split off by "te" ("me in te leven", "aan te voelen").
                result.add(joined(middle, particle + " te " + form, words.subList(tail, words.size())));
            }
        }
        return result;
    }

    private static String joined(List<String> middle, String verb, List<String> tail) {
        List<String> voiced = new ArrayList<>(middle);
        voiced.add(verb);
        voiced.addAll(tail);
        while (voiced.get(0).equals(GAP)) {
            voiced.remove(0);
        }
        return String.join(" ", voiced);
    }

    /** The infinitive of a verb's stem as the third person shows it (pik, oordeel, durf, zie, verbind). */
    static List<String> infinitives(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        String before = stem.substring(0, n - 1);
        if (VOWELS.indexOf(last) >= 0 && VOWELS.indexOf(stem.charAt(n - 2)) >= 0 && last != 'i') {
            // zie(t): zien; laa(t): laten, gaa(t): gaan — the stem may itself end in the t just taken off.
            return List.of(stem + "n", undoubled(stem + "t") + "en");
        }
        if (VOWELS.indexOf(last) >= 0) {
            return List.of(stem + "en");
        }
        if (stem.endsWith("ch")) {
            // No Dutch verb stem ends in -ch: the t was the stem's own (wacht: wachten).
            return List.of(stem + "ten");
        }
        if (n >= 3 && isDoubleVowel(stem.substring(n - 3, n - 1))) {
            return List.of(stem.substring(0, n - 2) + voiced(last) + "en");
        }
        boolean longBefore = n >= 3 && DIPHTHONGS.contains(stem.substring(n - 3, n - 1));
        boolean afterConsonant = n >= 2 && VOWELS.indexOf(stem.charAt(n - 2)) < 0;
        if (longBefore || afterConsonant && (last == 'f' || last == 's') && "lr".indexOf(stem.charAt(n - 2)) >= 0) {
            return List.of(before + voiced(last) + "en");
        }
        boolean shortVowel = n >= 3 && VOWELS.indexOf(stem.charAt(n - 2)) >= 0
                && VOWELS.indexOf(stem.charAt(n - 3)) < 0;
        boolean unstressed = n >= MIN_UNSTRESSED && (stem.endsWith("el") || stem.endsWith("er") || stem.endsWith("ig"));
        if (shortVowel && !unstressed && last != 'w' && last != 'j') {
            return List.of(stem + last + "en");
        }
        return List.of(stem + "en");
    }

    /** "laat" → "lat": the vowel of the open syllable is written once. */
    private static String undoubled(String form) {
        int n = form.length();
        return n >= 3 && isDoubleVowel(form.substring(n - 3, n - 1)) ? form.substring(0, n - 2) + form.charAt(n - 1)
                : form;
    }

    private static boolean isDoubleVowel(String two) {
        return two.charAt(0) == two.charAt(1) && "aeou".indexOf(two.charAt(0)) >= 0;
    }

    private static char voiced(char c) {
        return c == 'f' ? 'v' : c == 's' ? 'z' : c;
    }
}
