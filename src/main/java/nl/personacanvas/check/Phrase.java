package nl.personacanvas.check;

import java.util.List;

/**
 * A lexicon expression in analysed form.
 *
 * @param source         as written in the data file
 * @param stems          stems to find in order
 * @param ids            the analyser's numbers of {@code stems}
 * @param keepsStopwords match against all words ("staat open voor" needs "voor"), not content only
 * @param maxGap         how far apart consecutive stems may be
 */
record Phrase(String source, List<String> stems, int[] ids, boolean keepsStopwords, int maxGap) {

    Phrase {
        stems = List.copyOf(stems);
    }
}
