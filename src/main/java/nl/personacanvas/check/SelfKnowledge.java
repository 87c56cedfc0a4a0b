package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * A statement that says what the teacher knows or realises about themself ("Weet dat hij zelf ook heel Nederlands
 * is", "Beseft dat haar eigen directheid ...", "Ik weet inmiddels dat mijn ..."): self-awareness, a matter of
 * attitude, where "Weet welke ..." or "Weet dat haar stagiair ..." is knowledge of the world ({@link SentenceShape}).
 */
final class SelfKnowledge {
    /** Verbs of knowing or realising whose "dat" clause can be about the teacher. */
    private static final Set<String> REALISING = Set.of("weet", "weten", "beseft", "beseffen", "realiseert");
    private static final String THAT = "dat";
    /** Words between the verb and its "dat" ("Weet inmiddels dat ...", "Beseft heel goed dat ..."). */
    private static final int REACH = 3;
    /** The teacher as the subject of that clause: the pronoun, or a possessive before something of the teacher's. */
    private static final Set<String> PRONOUNS = Set.of("hij", "zij", "ik");
    private static final Set<String> POSSESSIVES = Set.of("zijn", "haar", "mijn");

    private SelfKnowledge() {
    }

    /**
     * @param verb   the index of the opening verb
     * @param people stems of words for people ({@code [people]} of attitudes.txt): a possessive before one of them
     *               ("dat haar stagiair ...") is about that person, not the teacher
     * @return the index of the first word of the "dat" clause whose subject is the teacher, else -1
     */
    static int clauseStart(List<Word> words, int verb, Set<String> people) {
        if (words.size() <= verb || !REALISING.contains(words.get(verb).surface())) {
            return -1;
        }
        for (int i = verb + 1; i <= verb + REACH && i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals(THAT)) {
                String subject = words.get(i + 1).surface();
                boolean own = POSSESSIVES.contains(subject) && i + 2 < words.size()
                        && !people.contains(words.get(i + 2).stem());
                return PRONOUNS.contains(subject) || own ? i + 1 : -1;
            }
        }
        return -1;
    }
}
