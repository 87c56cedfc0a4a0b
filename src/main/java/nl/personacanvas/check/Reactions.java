package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * Behaviour told as a reaction to a situation: what the teacher does after a leading clause or after ", en". Such a
 * statement describes how the teacher is (Houding), not a task, so {@link BehaviourAttitudes} lets the attitude model
 * name it.
 */
final class Reactions {
    private static final String FIRST_PERSON = "ik";
    private static final String AND = "en";
    private static final Set<String> REACTING = Set.of("ik", "hij", "ze", "zij");
    private static final int REACTION_REACH = 8;
    /** Words opening a clause inside the reaction: a pronoun after them is its subject ("en luistert hoe zij ..."). */
    private static final Set<String> SUBORDINATE = Set.of("hoe", "dat", "wat", "of", "als", "die", "waar", "wie",
            "omdat", "zodat", "wanneer", "terwijl");

    private Reactions() {
    }

    /**
     * Whether a leading clause sets a situation and the writer says in the first person what they then do ("Als een
     * student ..., bel ik ...", "Toen ..., heb ik ..."): behaviour in a situation, told from the inside (session 18,
     * att18). "ik" among the main clause's first three words ("..., dan blijf ik"); not "we" (what the group does).
     */
    static boolean inFirstPerson(AnalyzedText text) {
        int main = text.mainClause();
        List<Word> words = text.words();
        for (int i = main; main > 0 && i < Math.min(main + 3, words.size()); i++) {
            if (FIRST_PERSON.equals(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a scene tells what the teacher met and then, after ", en", what they did about it ("Priya hoort van een
     * winkelketen dat ..., en na een kort moment ... gaat ze gewoon verder", "Een student lost ... anders op ..., en
     * ... vraag ik hem waarom"): the teacher ("ik", "hij", "ze") the subject of the clause after the comma, within
     * {@link #REACTION_REACH} words of "en" and before any word that opens a clause of its own ("en luistert hoe
     * zij ..." is what others do). Behaviour in a situation, as {@link #inFirstPerson} is for a leading
     * "Als ...". Of the readable labelled statements (studied, blind, own) of this shape 7 of 8 are attitudes, the
     * eighth the "hoe zij" one (session 19, att19b).
     */
    static boolean afterNoticing(AnalyzedText text) {
        List<Word> words = text.words();
        if (text.mainClause() > 0 || !andAfterFirst(words)) {
            return false;
        }
        for (int comma : Clauses.commas(text.text(), words)) {
            if (comma >= words.size() || !AND.equals(words.get(comma).surface())) {
                continue;
            }
            for (int i = comma + 1; i < Math.min(comma + 1 + REACTION_REACH, words.size()); i++) {
                String s = words.get(i).surface();
                if (SUBORDINATE.contains(s)) {
                    break;
                }
                if (REACTING.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether some word after the first is "en". Only a comma before such a word is read below, and finding the
     * commas cuts every gap out of the written text (4 % of a cold check, session 24): a statement without a later
     * "en" (most) is settled here, with the same answer.
     */
    private static boolean andAfterFirst(List<Word> words) {
        for (int i = 1; i < words.size(); i++) {
            if (AND.equals(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }
}
