package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The first-person voice of a lexicon phrase written in the third person: "leeft zich in" is also written "Ik leef
 * me in", "verdiept zich in" "Ik verdiep mij in", "kijkt kritisch naar zichzelf" "... naar mezelf", "heeft snel door"
 * "Ik heb snel door", "is er voor" "Ik ben er voor". A regular verb needs nothing (the analyser already reads "leef"
 * and "leeft" as one stem); the reflexive pronoun and the irregular "heeft" and "is", which a phrase keeps as words
 * of their own, are other words in the first person. A phrase with none of them has no such voice. Nor does the
 * analyser join every regular verb: where the bare form is a word of its own ("stap", the noun of "neemt de eerste
 * stap"), "Ik stap zelf op ... af" is not "stapt zelf op ... af", so {@link #bare} gives that form too.
 */
final class FirstPersonVoice {
    /** The third person's reflexive pronouns and the first person's forms of each. */
    private static final Map<String, List<String>> REFLEXIVES = Map.of(
            "zich", List.of("me", "mij"),
            "zichzelf", List.of("mezelf", "mijzelf"));

    /** Irregular third-person verbs at a phrase's opening and their first person. */
    private static final Map<String, String> IRREGULAR = Map.of("heeft", "heb", "is", "ben");
    private static final String I = "ik";

    /** The shortest third-person verb whose bare form is tried ("zet" stays as it is). */
    private static final int BARE_FROM = 4;

    private FirstPersonVoice() {
    }

    /**
     * The member itself, its first-person voices ({@link #of}) and its bare form ({@link #bare}) where the analyser
     * reads that as another stem: every way an evidence member is written.
     */
    static List<String> voices(String member, TextAnalyzer analyzer) {
        List<String> result = new ArrayList<>(of(member));
        result.add(0, member);
        String bare = bare(member);
        if (bare != null && !analyzer.phrase(bare).stems().equals(analyzer.phrase(member).stems())) {
            result.add(bare);
        }
        return result;
    }

    /**
     * The phrase with its opening word in the first person's bare form ("stapt zelf op ... af": "stap zelf op ... af"),
     * or null when it has no third-person "-t" to drop. The caller keeps it only where the analyser reads it as
     * another stem; a word that is no verb ("niet ...") gives a form that matches nothing.
     */
    static String bare(String line) {
        String[] words = line.trim().split("\\s+");
        String verb = words[0];
        if (words.length < 2 || verb.length() < BARE_FROM || !verb.endsWith("t") || verb.endsWith("dt")
                || IRREGULAR.containsKey(verb)) {
            return null;
        }
        words[0] = verb.substring(0, verb.length() - 1);
        return String.join(" ", words);
    }

    /**
     * The phrase with its opening "heeft" or "is" in the first person and each first-person form of its reflexive
     * pronoun, or none when it has neither.
     */
    static List<String> of(String line) {
        List<String> words = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
        String verb = IRREGULAR.get(words.get(0));
        if (verb != null) {
            words.set(0, verb);
            List<String> result = new ArrayList<>(of(String.join(" ", words)));
            result.add(0, String.join(" ", words));
            // After a leading clause the subject follows the verb ("Als ..., dan heb ik het meteen door"): a phrase
            // that keeps its function words would count "ik" as one more word between its own.
            words.add(1, I);
            result.add(1, String.join(" ", words));
            return result;
        }
        for (int i = 0; i < words.size(); i++) {
            List<String> forms = REFLEXIVES.get(words.get(i));
            if (forms != null) {
                List<String> result = new ArrayList<>(forms.size());
                for (String form : forms) {
                    List<String> voiced = new ArrayList<>(words);
                    voiced.set(i, form);
                    result.add(String.join(" ", voiced));
                }
                return result;
            }
        }
        return List.of();
    }
}
