package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Asking first, before acting or judging ("vraag ik eerst waarom hij dat vindt voor ik reageer"), one of the regards
 * for a person {@link PersonRegard} reads. The kind by what is asked: the other's reason, their custom or preference,
 * else how it is for them. The words are in {@code person-regard.txt} ("asking", "asking why", "asking custom").
 */
final class AskedFirst {
    private static final String FIRST = "eerst";
    /** How far from the asking verb "eerst" may stand ("vraag ik eerst", "vraagt ze haar stagiaire eerst"). */
    private static final int FIRST_REACH = 4;
    private static final String BEFORE = "voordat";
    /** "voor ik reageer": the short "voor" opens a clause of time only before a subject. */
    private static final String BEFORE_SHORT = "voor";
    private static final Set<String> PRONOUNS = Set.of("ik", "hij", "ze", "zij", "we", "wij");

    private final RegardWords classes;
    private final Set<String> askingWhy;
    private final Set<String> askingCustom;

    AskedFirst(Map<String, List<String>> sections, RegardWords classes) {
        this.classes = classes;
        this.askingWhy = Set.copyOf(sections.get("asking why"));
        this.askingCustom = Set.copyOf(sections.get("asking custom"));
    }

    /**
     * Asking first, before acting or judging: an asking verb with "eerst" beside it (within {@link #FIRST_REACH}
     * words), and after it "voordat" / "voor" + a pronoun, "waarom", or one person asked. The kind by what is asked:
     * the other's reason, their custom or preference, else how it is for them. Null when there is none.
     *
     * @param aPerson whether the statement mentions one person ({@link RegardWords#mentionsPerson})
     */
    PersonRegard.Kind read(List<Word> words, boolean aPerson) {
        for (int i = 0; i < words.size(); i++) {
            if (!classes.is(words.get(i), RegardWords.ASKING) || !near(words, i, FIRST)) {
                continue;
            }
            boolean why = false;
            boolean custom = false;
            boolean before = false;
            for (int j = i + 1; j < words.size(); j++) {
                String s = words.get(j).surface();
                why |= askingWhy.contains(s);
                custom |= askingCustom.contains(s);
                before |= BEFORE.equals(s) || BEFORE_SHORT.equals(s) && j + 1 < words.size()
                        && PRONOUNS.contains(words.get(j + 1).surface());
            }
            if (why) {
                return PersonRegard.Kind.ASKING_WHY;
            }
            if (before || aPerson) {
                return custom ? PersonRegard.Kind.ASKING_CUSTOM : PersonRegard.Kind.ASKING_FIRST;
            }
        }
        return null;
    }

    private static boolean near(List<Word> words, int at, String surface) {
        for (int k = Math.max(0, at - FIRST_REACH); k < Math.min(words.size(), at + FIRST_REACH + 1); k++) {
            if (surface.equals(words.get(k).surface())) {
                return true;
            }
        }
        return false;
    }
}
