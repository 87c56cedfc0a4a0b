package nl.personacanvas.check;

import java.util.List;

/**
 * One analysed word.
 *
 * @param surface lower-cased, accent-folded form as written (after synonym mapping)
 * @param stem    normalised stem: Snowball stem, verb form/diminutive/typo mapped onto a known stem
 * @param parts   stems of the compound's parts, empty for a simple word
 * @param stop    a function word that carries no content
 * @param id      the analyser's number for {@code stem} ({@link TextAnalyzer#id}), so matching compares ints
 * @param partIds the numbers of {@code parts}, in the same order
 * @param particle the classifier's number of {@code surface} as a separable verb particle (op, af ...), or -1
 * @param synonymStart whether {@code surface} is the first word of a synonym rule (the text is then analysed
 *                     again with the synonym filter)
 * @param number  the analyser's number of this word (of its {@code surface}; dense, one per distinct word), so
 *                what a lexicon finds in a word can be kept per word in an array
 * @param classes the {@link WordClass}es of {@code surface}, one bit each, worked out once per distinct word
 */
record Word(String surface, String stem, List<String> parts, boolean stop, int id, int[] partIds, int particle,
            boolean synonymStart, int number, long classes) {

    Word {
        parts = List.copyOf(parts);
    }

    /** A word with the classes of its surface. */
    Word(String surface, String stem, List<String> parts, boolean stop, int id, int[] partIds, int particle,
         boolean synonymStart, int number) {
        this(surface, stem, parts, stop, id, partIds, particle, synonymStart, number, WordClass.of(surface));
    }

    /** Whether {@code surface} is one of the words of {@code c}: as {@code c.words().contains(surface)}. */
    boolean is(WordClass c) {
        return (classes & c.bit()) != 0;
    }

    /** Whether this word is stem {@code s} or is compounded with it (gastland has land). */
    boolean has(int s) {
        if (id == s) {
            return true;
        }
        for (int p : partIds) {
            if (p == s) {
                return true;
            }
        }
        return false;
    }
}
