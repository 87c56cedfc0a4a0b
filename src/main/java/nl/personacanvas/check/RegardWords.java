package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word classes a regard for a person turns on ({@code person-regard.txt}): one person as written, a noticing verb,
 * an asking verb, learners as a group. Worked out once per distinct word ({@link WordSlots}) and shared by the readers
 * of a regard: {@link PersonRegard}, {@link AskedFirst}, {@link PersonNoticed}.
 */
final class RegardWords {
    /** Bits of {@link #classes}: what the per-word questions of the regard's readers answer about one word. */
    static final int PERSON = 1;
    static final int NOTICING = 2;
    static final int ASKING = 4;
    static final int PEOPLE = 8;

    private final Set<String> noticing;
    private final Set<String> person;
    private final Set<String> personParts;
    private final Set<String> people;
    private final Set<String> asking;
    /**
     * Per distinct word, which of the gate questions it answers yes ({@link #PERSON}, {@link #NOTICING} ...): worked
     * out once per word instead of once per statement (small values, so the boxed bits are the shared cached ones).
     */
    private final WordSlots<Integer> classes = new WordSlots<>(this::classesOf);

    RegardWords(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.noticing = Set.copyOf(sections.get("noticing"));
        this.person = Set.copyOf(sections.get("person"));
        this.personParts = SentenceShape.firstStems(sections.get("person"), analyzer);
        this.people = Set.copyOf(sections.get("people"));
        this.asking = Set.copyOf(sections.get("asking"));
    }

    /** The gate bits of a word, from the lists (package-private for the test that they answer as the lists do). */
    int classesOf(Word w) {
        return (personAsWritten(w) ? PERSON : 0) | (noticing.contains(w.surface()) ? NOTICING : 0)
                | (asking.contains(w.surface()) ? ASKING : 0) | (people.contains(w.surface()) ? PEOPLE : 0);
    }

    boolean is(Word w, int bit) {
        return (classes.of(w) & bit) != 0;
    }

    boolean isPerson(Word w) {
        return is(w, PERSON);
    }

    boolean mentionsPerson(List<Word> words) {
        for (Word w : words) {
            if (isPerson(w)) {
                return true;
            }
        }
        return false;
    }

    /** One person as written, or a compound ending in one ("BBL-stagiair", "eerstejaarsstudent"). */
    private boolean personAsWritten(Word w) {
        return person.contains(w.surface())
                || !w.parts().isEmpty() && personParts.contains(w.parts().get(w.parts().size() - 1))
                && person.stream().anyMatch(w.surface()::endsWith);
    }
}
