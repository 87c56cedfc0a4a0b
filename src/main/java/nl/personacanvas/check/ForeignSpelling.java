package nl.personacanvas.check;

import java.util.List;
import java.util.Locale;

/**
 * A word spelt in another language's alphabet: a letter Dutch never writes (ß, å, ø, æ, ñ, ł, ş, ğ, č, ř, š, ž,
 * ő, ã ...), or an umlaut that is no Dutch trema ("Jürgen", "Göteborg", "Mädchen": Dutch writes ü, ö and ä only
 * after a vowel, as in "reünie", "coördinator", "naäpen"). Such a word names a person, a place, a firm or a thing
 * of another language ("collega Søren", "een stage in Kraków"), so no list of names is needed. Letters Dutch
 * borrows with its loanwords (é, è, ê, ç, ë, ï) do not count ("café", "façade", "België"), nor do the Dutch words
 * the OpenTaal list spells with such a letter, alone or as a compound's first or last part ("röntgenfoto",
 * "haarföhn": {@code dutch-foreign-spellings.txt}, made by {@code packaging/dutch-names.sh}).
 */
final class ForeignSpelling {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String NEVER_DUTCH = "ßåøæñłśźżąęėįųūīņļķģŗşğıčřšžďťňőűãõțș";
    private static final String UMLAUTS = "üöä";
    private static final String VOWELS = "aeiouy";
    /** A shorter word is a symbol or an abbreviation (Ø for a diameter). */
    private static final int MIN_LETTERS = 3;

    private final List<String> dutchWords = ResourceText.lines("dutch-foreign-spellings.txt");

    /** Whether {@code text} (as written) holds a word of three or more letters spelt in another alphabet. */
    boolean foundIn(String text) {
        if (ascii(text)) {
            return false;
        }
        int start = 0;
        // Every letter looked for is outside ASCII, and an ASCII word lower-cases to ASCII: only a word with a
        // character from U+0080 on is lower-cased and read again (most statements have none; session 19, perf19).
        boolean beyondAscii = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i == text.length() ? ' ' : text.charAt(i);
            if (c < '\u0080' ? !isAsciiLetter(c) : !Character.isLetter(c)) {
                if (beyondAscii && i - start >= MIN_LETTERS && foreign(text.substring(start, i).toLowerCase(DUTCH))) {
                    return true;
                }
                start = i + 1;
                beyondAscii = false;
            } else {
                beyondAscii |= c >= '\u0080';
            }
        }
        return false;
    }

    /** Most statements: no letter looked for can be in them. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0080') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private boolean foreign(String word) {
        return foreignLetter(word) && !dutch(word);
    }

    private static boolean foreignLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (NEVER_DUTCH.indexOf(c) >= 0
                    || UMLAUTS.indexOf(c) >= 0 && (i == 0 || VOWELS.indexOf(word.charAt(i - 1)) < 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean dutch(String word) {
        for (String known : dutchWords) {
            if (word.startsWith(known) || word.endsWith(known)) {
                return true;
            }
        }
        return false;
    }
}
