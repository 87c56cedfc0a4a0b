package nl.personacanvas.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Another person's task said rather than done (session 29, gen29): a note naming whose task it is ("Aanvragen Europese
 * zorgpas: taak van de student zelf", "Het onderdak is de taak van het stagebureau"), and the teacher glad that another
 * does it ("Ik ben blij dat het international office de beurs ... uitzoekt", "Gelukkig regelt het international office
 * de beurzen"). Both tell the panel whose work it is, not a task of the teacher's, as "International office regelt
 * ..." does; {@link ActorDetector} reads them beside the subject that opens a statement. The teacher who makes clear
 * whose task it is ("Maakt duidelijk dat het visum niet de taak van het stagebureau is") stays the teacher's: the
 * owner is named only after a colon or after "is" / "zijn", and not inside a subordinate clause. Learners glad-of are
 * left out ("Ik ben blij dat studenten uit zoveel landen in mijn klas zitten" is a stance towards the class).
 * Immutable.
 */
final class TaskOfAnother {
    private static final Set<String> TASK = Set.of("taak", "taken", "verantwoordelijkheid", "klus");
    private static final String OF = "van";
    /** The owner's task named after a colon or a copula, with or without its article. */
    static final Pattern OWNER_NAMED = Pattern.compile(
            "(?:^|:|\\b(?:is|zijn)\\b)\\s*(?:de\\s+|een\\s+)?(?:taak|taken|verantwoordelijkheid|klus)\\s+van\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Ik ben blij / dankbaar / opgelucht dat ...", "Blij dat ...", "Fijn dat ...". */
    private static final Set<String> GLAD = Set.of("blij", "dankbaar", "opgelucht", "fijn");
    private static final Set<String> GLAD_OPENING = Set.of("ik", "ben", "zeer", "erg", "heel", "echt", "zo");
    private static final String THAT = "dat";
    /** "Gelukkig regelt het international office ...": the adverb, then the other's verb and subject. */
    private static final String LUCKILY = "gelukkig";
    private static final Set<String> OWN = Set.of("mijn", "onze", "ons");
    private static final Set<String> LEARNERS = Set.of("student", "studenten", "stagiair", "stagiairs", "stagiaire",
            "stagiaires", "leerling", "leerlingen", "deelnemers");

    private final ActorPhrases actors;

    TaskOfAnother(ActorPhrases actors) {
        this.actors = actors;
    }

    /** Whether the statement says, as above, that its work is another person's. */
    boolean said(AnalyzedText text) {
        List<Word> words = text.words();
        return ownerNamed(text, words) || gladOfAnother(words);
    }

    /**
     * The words first, the expression only for a statement whose words name an owner's task: both tests are pure
     * and both must hold, so their order changes no answer, and the expression, tried at every position of the
     * text, cost a cold check some 4 % of its time when it ran first on every statement (session 30, speed30).
     */
    boolean ownerNamed(AnalyzedText text, List<Word> words) {
        return ownerInWords(words) && OWNER_NAMED.matcher(text.text()).find();
    }

    /** Whether the words name a task and then whose, before any subordinate clause opens. */
    boolean ownerInWords(List<Word> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).is(WordClass.CLAUSE_OPENER)) {
                return false;
            }
            if (TASK.contains(words.get(i).surface()) && words.get(i + 1).surface().equals(OF)
                    && actorAt(words, i + 2, true)) {
                return true;
            }
        }
        return false;
    }

    private boolean gladOfAnother(List<Word> words) {
        if (words.size() < 4) {
            return false;
        }
        if (words.get(0).surface().equals(LUCKILY)) {
            return actorAt(words, 2, false);
        }
        int i = 0;
        while (i < words.size() && GLAD_OPENING.contains(words.get(i).surface())) {
            i++;
        }
        return i + 1 < words.size() && GLAD.contains(words.get(i).surface()) && words.get(i + 1).surface().equals(THAT)
                && actorAt(words, i + 2, false);
    }

    /** Whether another person (a learner too when {@code learners}) opens at {@code from}, past its determiners. */
    private boolean actorAt(List<Word> words, int from, boolean learners) {
        int start = from;
        while (start < words.size() && OWN.contains(words.get(start).surface())) {
            start++;
        }
        start = ActorPhrases.skipDeterminers(words, start);
        return start < words.size() && actors.end(words, start) > start
                && (learners || !LEARNERS.contains(words.get(start).surface()));
    }
}
