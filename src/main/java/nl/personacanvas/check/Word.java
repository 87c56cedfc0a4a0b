package nl.personacanvas.check;

import java.util.List;

/**
 * One analysed word.
 *
 * @param surface lower-cased, accent-folded form as written (after synonym mapping)
 * @param stem    normalised stem: Snowball stem, verb form/diminutive/typo mapped onto a known stem
 * @param parts   stems of the compound's parts, empty for a simple word
 * @param stop    a function word that carries no content
 */
record Word(String surface, String stem, List<String> parts, boolean stop) {

    Word {
        parts = List.copyOf(parts);
    }

    /** Whether this word is {@code stem} or is compounded with it (gastland has land). */
    boolean has(String s) {
        return stem.equals(s) || parts.contains(s);
    }
}
