package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People brought together by the teacher, read from {@code brought-together.txt} in two wordings (fold26 joined them
 * from session 26's att26b and att26). The deed, in any tense and wherever it stands: "De docent bracht ze in één
 * videocall weer bij elkaar" after a scene of a clash, "breng ik ze samen om tafel", "weer nader tot elkaar gebracht".
 * Every readable labelled statement of the shape (23: A3, B6, B11, H49, H52, H61, H83 twice, H88, H95, O4, R20B, R20C,
 * S021, S26, S28, S36-S39, T1, T16, L010) is labelled verbindend; the lexicon reads the note's "Brengt ... bij elkaar"
 * that opens a statement, not the deed told after a scene (H83). People must be brought: things gathered ("de
 * formulieren bij elkaar") are none. And the joiner as a colleague is described ("Ilse is een echte verbinder", "Zij
 * brengt mensen bij elkaar"), which a name opening the statement keeps the lexicon from reading.
 * {@link BehaviourAttitudes} counts the deed with {@link BringingTogether} and the description after the stances held,
 * where each of them stood before the fold, so no decision moved.
 */
final class BroughtTogether {
    static final String RESOURCE = "brought-together.txt";
    /** How far "bij elkaar", "tot elkaar", "met elkaar" or "om tafel" may stand after the bringing verb. */
    private static final int TOGETHER_REACH = 9;
    private static final Set<String> TOGETHER_BEFORE_EACH_OTHER = Set.of("bij", "tot", "met");
    private static final String EACH_OTHER = "elkaar";
    private static final String ROUND = "om";
    private static final String TABLE = "tafel";
    private static final String PARTICIPLE = "gebracht";

    private final Set<String> people;
    private final List<String> peopleParts;
    private final CueBits cues = new CueBits();
    private final SurfacePatterns joiner;

    BroughtTogether(Map<String, List<String>> sections) {
        this.people = Set.copyOf(sections.get("people"));
        this.peopleParts = List.copyOf(sections.get("people inside a word"));
        this.joiner = new SurfacePatterns(sections.get("joiner"), cues);
    }

    /** Whether the statement has the teacher bring people together. */
    boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is(WordClass.BRINGING) && broughtTogether(words, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement describes someone as a joiner of people ("een echte verbinder"). */
    boolean joiner(AnalyzedText text) {
        List<Word> words = text.words();
        return joiner.in(words, cues.of(words));
    }

    private boolean broughtTogether(List<Word> words, int verb) {
        int end = Math.min(words.size() - 1, verb + TOGETHER_REACH);
        boolean brought = false;
        // A participle ends the clause: who is brought stands before it ("heb ze ... tot elkaar gebracht").
        boolean participle = PARTICIPLE.equals(words.get(verb).surface());
        int from = participle ? Math.max(0, verb - TOGETHER_REACH) : verb + 1;
        int to = participle ? verb : end;
        for (int j = from; j < to; j++) {
            String s = words.get(j).surface();
            brought |= people.contains(s) || peopleParts.stream().anyMatch(s::contains);
            String next = words.get(j + 1).surface();
            if (brought && (TOGETHER_BEFORE_EACH_OTHER.contains(s) && EACH_OTHER.equals(next)
                    || ROUND.equals(s) && TABLE.equals(next))) {
                return true;
            }
        }
        return false;
    }
}
