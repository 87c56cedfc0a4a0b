package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regard for a person that an attitude told as a scene lies in: not what the teacher does but why and how, towards
 * one learner. "Zag dat een studente ... stilviel, en liep met haar mee naar buiten" names no attitude word, yet what
 * makes it Houding is the noticing and the care; "In plaats van te corrigeren vroeg ze de stagiair wat daar goed aan
 * was" is judging held back. The kinds, each mapped to the attitude it shows ({@link Kind#attitudes()}):
 * <ul>
 *   <li>judging held back towards one person, not while leading a class conversation ({@link Kind#RESTRAINT});</li>
 *   <li>asking first, before acting or judging: the other's reason ({@link Kind#ASKING_WHY}), custom or preference
 *       ({@link Kind#ASKING_CUSTOM}), or how it is for them ({@link Kind#ASKING_FIRST});</li>
 *   <li>calm kept while people clash ({@link Kind#CALM});</li>
 *   <li>a deed of care after noticing a person or in a scene opened by what happened to them ({@link Kind#CARING});</li>
 *   <li>what the teacher noticed in one person, not in the teacher's own ways: grasped how it is for them
 *       ({@link Kind#GRASPING}), a state that calls for care ({@link Kind#DISTRESS}), or a sign ({@link Kind#NOTICING});</li>
 *   <li>learners who reach the teacher about more than the work, "ook", "altijd" ({@link Kind#REACHING}).</li>
 * </ul>
 * The words are in {@code person-regard.txt}; they are grammar, not vocabulary (never added to the analyser's, so no
 * model's features move). {@link StatementSorter} counts a reading as behaviour in a situation, makes what the
 * lexicons named there the statement's point, and names the kind's attitudes where nothing else named one
 * (session 21, att21).
 */
final class PersonRegard {
    enum Kind {
        RESTRAINT("open-minded"),
        ASKING_WHY("open-minded"),
        ASKING_CUSTOM("cultureel sensitief"),
        ASKING_FIRST("empathisch"),
        CALM("zelfvertrouwen in complexe situaties"),
        CARING("empathisch"),
        GRASPING("empathisch"),
        DISTRESS("empathisch", "alert"),
        NOTICING("alert"),
        REACHING("benaderbaar");

        private final List<String> attitudes;

        Kind(String... attitudes) {
            this.attitudes = List.of(attitudes);
        }

        /** The attitudes this regard shows, the first the surest. */
        List<String> attitudes() {
            return attitudes;
        }
    }

    /**
     * Words before a noticing verb that make it no regard of the teacher's: a task's condition ("Helpt ... als ze merkt
     * dat ..."), or someone else who notices ("een begeleider die snel merkt dat ...").
     */
    private static final Set<String> CONDITION = Set.of("als", "wanneer", "zodra", "die");
    /** Words that open what was noticed: after them the teacher's own doing is self-knowledge. */
    private static final Set<String> COMPLEMENT = Set.of("dat", "wanneer", "hoe", "wie");
    /** How far after the noticing verb the person noticed may stand ("hoort via Teams aan de stem van haar stagiair"). */
    private static final int NOTICED_REACH = 8;
    /**
     * How far after the noticing verb the word opening what was noticed may stand, past a setting ("merkt bij een
     * bezoek aan het tuincentrum dat ..."), and how far after it the person noticed ("dat haar Syrische stagiair").
     */
    private static final int COMPLEMENT_REACH = 12;
    private static final int SUBJECT_REACH = 4;
    private static final String FIRST = "eerst";
    /** How far from the asking verb "eerst" may stand ("vraag ik eerst", "vraagt ze haar stagiaire eerst"). */
    private static final int FIRST_REACH = 4;
    private static final String BEFORE = "voordat";
    /** "voor ik reageer": the short "voor" opens a clause of time only before a subject. */
    private static final String BEFORE_SHORT = "voor";
    private static final Set<String> PRONOUNS = Set.of("ik", "hij", "ze", "zij", "we", "wij");
    /** How far after the learners their reaching verb may stand ("Stagiairs mogen haar altijd appen"). */
    private static final int REACHING_REACH = 5;
    /** Bits of {@link #classes}: what the per-word questions of {@link #read} answer about one word. */
    private static final int PERSON = 1;
    private static final int NOTICING = 2;
    private static final int ASKING = 4;
    private static final int PEOPLE = 8;

    private final Set<String> noticing;
    private final Set<String> self;
    private final Set<String> person;
    private final Set<String> personParts;
    private final List<Phrase> feeling;
    private final Set<String> grasping;
    private final Set<String> people;
    private final List<Phrase> caring;
    private final List<Phrase> restraint;
    private final Set<String> conversation;
    private final Set<String> reaching;
    private final List<Phrase> calm;
    private final Set<String> clash;
    private final Set<String> asking;
    private final Set<String> askingWhy;
    private final Set<String> askingCustom;
    private final Set<String> reachingManner;
    /**
     * Per distinct word, which of the gate questions it answers yes ({@link #PERSON}, {@link #NOTICING} ...): worked
     * out once per word instead of once per statement (small values, so the boxed bits are the shared cached ones).
     */
    private final WordSlots<Integer> classes = new WordSlots<>(this::classesOf);

    PersonRegard(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.noticing = Set.copyOf(sections.get("noticing"));
        this.self = Set.copyOf(sections.get("self"));
        this.person = Set.copyOf(sections.get("person"));
        this.personParts = SentenceShape.firstStems(sections.get("person"), analyzer);
        this.feeling = sections.get("feeling").stream().map(analyzer::phrase).toList();
        this.grasping = Set.copyOf(sections.get("grasping"));
        this.people = Set.copyOf(sections.get("people"));
        this.caring = sections.get("caring").stream().map(analyzer::phrase).toList();
        this.restraint = sections.get("restraint").stream().map(analyzer::phrase).toList();
        this.conversation = SentenceShape.firstStems(sections.get("conversation"), analyzer);
        this.reaching = Set.copyOf(sections.get("reaching"));
        this.calm = sections.get("calm").stream().map(analyzer::phrase).toList();
        this.clash = SentenceShape.firstStems(sections.get("clash"), analyzer);
        this.asking = Set.copyOf(sections.get("asking"));
        this.askingWhy = Set.copyOf(sections.get("asking why"));
        this.askingCustom = Set.copyOf(sections.get("asking custom"));
        this.reachingManner = Set.copyOf(sections.get("reaching manner"));
    }

    /** The kind of regard for a person the statement tells, or null. */
    Kind read(AnalyzedText text) {
        List<Word> words = text.words();
        boolean aPerson = mentionsPerson(words);
        if (aPerson && any(text, restraint) && !aboutConversation(words)) {
            return Kind.RESTRAINT;
        }
        Kind askedFirst = askedFirst(words, aPerson);
        if (askedFirst != null) {
            return askedFirst;
        }
        if (any(text, calm) && anyStem(words, clash)) {
            return Kind.CALM;
        }
        int noticed = noticesPerson(words);
        if (aPerson && any(text, caring) && (noticed >= 0 || text.mainClause() > 0)) {
            return Kind.CARING;
        }
        if (noticed >= 0) {
            return grasping.contains(words.get(noticed).surface()) ? Kind.GRASPING
                    : feelingAfter(text, noticed) ? Kind.DISTRESS : Kind.NOTICING;
        }
        return reachedByLearners(words) ? Kind.REACHING : null;
    }

    private boolean feelingAfter(AnalyzedText text, int from) {
        for (Phrase p : feeling) {
            for (int[] span : text.spans(p)) {
                if (span[0] > from) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The gate bits of a word, from the lists (package-private for the test that they answer as the lists do). */
    int classesOf(Word w) {
        return (personAsWritten(w) ? PERSON : 0) | (noticing.contains(w.surface()) ? NOTICING : 0)
                | (asking.contains(w.surface()) ? ASKING : 0) | (people.contains(w.surface()) ? PEOPLE : 0);
    }

    private boolean is(Word w, int bit) {
        return (classes.of(w) & bit) != 0;
    }

    private boolean mentionsPerson(List<Word> words) {
        for (Word w : words) {
            if (isPerson(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPerson(Word w) {
        return is(w, PERSON);
    }

    /** One person as written, or a compound ending in one ("BBL-stagiair", "eerstejaarsstudent"). */
    private boolean personAsWritten(Word w) {
        return person.contains(w.surface())
                || !w.parts().isEmpty() && personParts.contains(w.parts().get(w.parts().size() - 1))
                && person.stream().anyMatch(w.surface()::endsWith);
    }

    private boolean aboutConversation(List<Word> words) {
        return anyStem(words, conversation);
    }

    private static boolean anyStem(List<Word> words, Set<String> stems) {
        for (Word w : words) {
            if (stems.contains(w.stem()) || w.parts().stream().anyMatch(stems::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asking first, before acting or judging: an asking verb with "eerst" beside it (within {@link #FIRST_REACH}
     * words), and after it "voordat" / "voor" + a pronoun, "waarom", or one person asked. The kind by what is asked:
     * the other's reason, their custom or preference, else how it is for them. Null when there is none.
     */
    private Kind askedFirst(List<Word> words, boolean aPerson) {
        for (int i = 0; i < words.size(); i++) {
            if (!is(words.get(i), ASKING) || !near(words, i, FIRST)) {
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
                return Kind.ASKING_WHY;
            }
            if (before || aPerson) {
                return custom ? Kind.ASKING_CUSTOM : Kind.ASKING_FIRST;
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

    private static boolean any(AnalyzedText text, List<Phrase> phrases) {
        for (Phrase p : phrases) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a noticing verb stands that is not in a task's condition, with one person within reach after it, before
     * what was noticed turns out to be the teacher's own doing ("merk dat ik ..."); -1 when there is none.
     */
    private int noticesPerson(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!is(words.get(i), NOTICING) || inCondition(words, i)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(i + 1 + COMPLEMENT_REACH, words.size()); j++) {
                if (COMPLEMENT.contains(words.get(j).surface())) {
                    if (j + 1 < words.size() && self.contains(words.get(j + 1).surface())
                            && !(j + 2 < words.size() && isPerson(words.get(j + 2)))) {
                        break;
                    }
                    if (personWithin(words, j + 1, SUBJECT_REACH)) {
                        return i;
                    }
                }
                if (j <= i + NOTICED_REACH && isPerson(words.get(j))) {
                    return i;
                }
            }
        }
        return -1;
    }

    private boolean personWithin(List<Word> words, int from, int reach) {
        for (int k = from; k < Math.min(from + reach, words.size()); k++) {
            if (isPerson(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inCondition(List<Word> words, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            if (CONDITION.contains(words.get(k).surface())) {
                return true;
            }
        }
        return false;
    }

    /** Learners as the subject of a reaching verb, with "ook", "altijd" or "gewoon" after them. */
    private boolean reachedByLearners(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!is(words.get(i), PEOPLE)) {
                continue;
            }
            boolean verb = false;
            for (int j = i + 1; j < Math.min(i + 1 + REACHING_REACH, words.size()); j++) {
                verb |= reaching.contains(words.get(j).surface());
            }
            if (!verb) {
                continue;
            }
            for (int j = i + 1; j < words.size(); j++) {
                if (reachingManner.contains(words.get(j).surface())) {
                    return true;
                }
            }
        }
        return false;
    }
}
