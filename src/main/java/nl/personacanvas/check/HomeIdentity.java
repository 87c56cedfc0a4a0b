package nl.personacanvas.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teacher placing themself in their own home region or country: "Weet van zichzelf dat hij als Limburger snel
 * ... denkt", "Ik weet dat ik als Brabander ...", "Als Groninger merk ik dat ...", "Wij als Limburgers vinden ...".
 * No attitude word is in it and a regional name is no lexicon's entry, yet the readable sets label every such
 * statement cultureel zelfbewust (H61, H78, T2, T3). {@link BehaviourAttitudes} counts it as behaviour and names that
 * attitude where nothing else named one (session 22, att22b). Learners placed by their region ("Laat de studenten
 * als Brabander ...", "vraagt hoe zij als Rotterdammer ...") and a condition on a person ("Als Peter ...") are not
 * the teacher's self-placement.
 */
final class HomeIdentity {
    static final List<String> ATTITUDES = List.of("cultureel zelfbewust");
    private static final String AS = "als";
    private static final String THAT = "dat";
    /** How far after an opening "Als <Limburger>" the teacher's pronoun may stand ("Als Groninger merk ik ..."). */
    private static final int REACH = 2;
    private static final Set<String> FIRST_PERSON = Set.of("ik", "wij", "we");

    private final Set<String> peopleOfAPlace = new HashSet<>();
    private final Set<String> self;
    private final Set<String> selfInClause;
    private final Set<String> realising;

    HomeIdentity(Map<String, List<String>> sections, DutchNames dutchNames) {
        List<String> endings = sections.getOrDefault("endings", List.of());
        self = Set.copyOf(sections.getOrDefault("self", List.of()));
        selfInClause = Set.copyOf(sections.getOrDefault("self in a clause", List.of()));
        realising = Set.copyOf(sections.getOrDefault("realising", List.of()));
        peopleOfAPlace.addAll(sections.getOrDefault("people of a place", List.of()));
        // Only the proper names shaped as a word for people are kept: the list's first names and places are not.
        for (String folded : dutchNames.folded()) {
            if (endsWithAny(folded, endings)) {
                peopleOfAPlace.add(folded);
            }
        }
    }

    private static boolean endsWithAny(String word, List<String> endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the statement places the teacher in their own home region or country. */
    boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        if (words.size() > 2 && AS.equals(words.get(0).surface()) && placeWord(words.get(1))) {
            for (int i = 2; i <= 1 + REACH && i < words.size(); i++) {
                if (FIRST_PERSON.contains(words.get(i).surface())) {
                    return true;
                }
            }
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (AS.equals(words.get(i).surface()) && placeWord(words.get(i + 1)) && teacherBefore(words, i - 1)) {
                return true;
            }
        }
        return false;
    }

    private boolean placeWord(Word word) {
        return peopleOfAPlace.contains(word.surface());
    }

    private boolean teacherBefore(List<Word> words, int at) {
        String before = words.get(at).surface();
        return self.contains(before)
                || selfInClause.contains(before) && at > 0 && THAT.equals(words.get(at - 1).surface())
                && realising.contains(words.get(0).surface());
    }
}
