package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The first-person voice of a lexicon phrase's reflexive pronoun: "leeft zich in" is also written "Ik leef me in",
 * "verdiept zich in" "Ik verdiep mij in", "kijkt kritisch naar zichzelf" "... naar mezelf". The verb needs no move
 * (the analyser already reads "leef" and "leeft" as one stem); only the pronoun, which a phrase keeps as a word, is
 * another one. A phrase without "zich" or "zichzelf" has no such voice.
 */
final class FirstPersonVoice {
    /** The third person's reflexive pronouns and the first person's forms of each. */
    private static final Map<String, List<String>> REFLEXIVES = Map.of(
            "zich", List.of("me", "mij"),
            "zichzelf", List.of("mezelf", "mijzelf"));

    private FirstPersonVoice() {
    }

    /** The phrase with each first-person form of its reflexive pronoun, or none when it has none. */
    static List<String> of(String line) {
        List<String> words = Arrays.asList(line.trim().split("\\s+"));
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
