package nl.personacanvas.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a panel wrote a canvas in, as far as the words that continue its headline need it: the headline ends
 * in the study's lead-in "Zij …" ("They …"), which continues the panel's own sentence, so it is said in that
 * sentence's language and not in the window's or the export's (an English export of a Dutch canvas printed
 * "Laura begeleidt studenten bij een internationale stage. They …"). Headings, footers and other printed labels
 * still follow the chosen language.
 *
 * <p>Panels write in Dutch (the matrix and the checker are Dutch), so Dutch is the answer unless the role sentence
 * and the notes hold more English function words than Dutch ones. Only words of one of the two languages count
 * ("in", "is", "over" are both); Arabic or Hebrew notes count for neither.
 */
public final class CanvasLanguage {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Set<String> DUTCH_WORDS = Set.of("de", "het", "een", "en", "van", "op", "met", "voor", "bij",
            "aan", "die", "dat", "naar", "zij", "ze", "hun", "zijn", "wordt", "worden", "ook", "als", "om", "te", "niet",
            "door", "uit", "er", "je", "wat", "hoe", "waar", "kan", "heeft", "welke", "tijdens", "tussen", "samen",
            "zich", "haar", "wie", "wel", "nog", "elke", "andere");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "an", "and", "of", "on", "with", "for", "at",
            "to", "who", "that", "their", "they", "are", "from", "about", "by", "has", "can", "which", "when", "how",
            "what", "during", "between", "together", "into", "each", "other", "them", "her", "his", "be", "not", "also");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

    private CanvasLanguage() {
    }

    /** Dutch or English: the language of the persona's role sentence and notes on the canvas. */
    public static Locale of(Persona persona) {
        StringBuilder text = new StringBuilder(persona.role());
        for (Quadrant q : Quadrant.values()) {
            persona.canvas().entries(q).forEach(entry -> text.append('\n').append(entry.text()));
        }
        return of(text);
    }

    /** Dutch or English: the language of the text, Dutch when it does not clearly read as English. */
    public static Locale of(CharSequence text) {
        int dutch = 0;
        int english = 0;
        for (String word : WORD.split(text.toString().toLowerCase(Locale.ROOT))) {
            if (DUTCH_WORDS.contains(word)) {
                dutch++;
            } else if (ENGLISH_WORDS.contains(word)) {
                english++;
            }
        }
        return english > dutch ? ENGLISH : DUTCH;
    }
}
