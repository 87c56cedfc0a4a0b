package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The clauses of a statement, numbered per word: a new clause starts after ",", ";", ":", "?", "!" or a dash in the written
 * text, and at a coordinating or subordinating word ("en", "maar", "als", "omdat" ...). A statement that carries
 * two attitudes often gives each its own clause ("Blijft kalm als ..., en houdt iedereen aan boord"), so a clause
 * the lexicon named nothing in may name a second attitude.
 */
final class Clauses {
    private static final Set<String> JOINS = Set.of("en", "maar", "als", "wanneer", "zodra", "omdat", "doordat",
            "zodat", "terwijl", "want", "dan");
    private static final String BREAKS = ",;:?!–";

    private Clauses() {
    }

    /**
     * Per word of {@code text} the number of its clause, from 0. The analysed words carry no punctuation, so each
     * is found again in the written text, in order, to see what stands before it.
     */
    static int[] of(AnalyzedText text) {
        List<Word> words = text.words();
        int[] clause = new int[words.size()];
        String written = WrittenText.folded(text.text());
        int at = 0;
        int number = 0;
        for (int i = 0; i < words.size(); i++) {
            String surface = words.get(i).surface();
            int found = surface.isEmpty() ? -1 : written.indexOf(surface, at);
            boolean broken = false;
            if (found >= 0) {
                for (int c = at; c < found; c++) {
                    broken |= BREAKS.indexOf(written.charAt(c)) >= 0 && c > 0;
                }
                at = found + surface.length();
            }
            if (i > 0 && (broken || JOINS.contains(surface))) {
                number++;
            }
            clause[i] = number;
        }
        return clause;
    }
}
