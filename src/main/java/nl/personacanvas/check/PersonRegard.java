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
 * model's features move). Their word classes are {@link RegardWords}; asking first is read by {@link AskedFirst}, the
 * person noticed by {@link PersonNoticed}. {@link BehaviourAttitudes} counts a reading as behaviour in a situation,
 * makes what the lexicons named there the statement's point, and names the kind's attitudes where nothing else named
 * one (session 21, att21).
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

    /** How far after the learners their reaching verb may stand ("Stagiairs mogen haar altijd appen"). */
    private static final int REACHING_REACH = 5;

    private final RegardWords classes;
    private final AskedFirst askedFirst;
    private final PersonNoticed noticed;
    private final List<Phrase> feeling;
    private final Set<String> grasping;
    private final List<Phrase> caring;
    private final List<Phrase> restraint;
    private final Set<String> conversation;
    private final Set<String> reaching;
    private final List<Phrase> calm;
    private final Set<String> clash;
    private final Set<String> reachingManner;

    PersonRegard(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.classes = new RegardWords(sections, analyzer);
        this.askedFirst = new AskedFirst(sections, classes);
        this.noticed = new PersonNoticed(sections, classes);
        this.feeling = sections.get("feeling").stream().map(analyzer::phrase).toList();
        this.grasping = Set.copyOf(sections.get("grasping"));
        this.caring = sections.get("caring").stream().map(analyzer::phrase).toList();
        this.restraint = sections.get("restraint").stream().map(analyzer::phrase).toList();
        this.conversation = SentenceShape.firstStems(sections.get("conversation"), analyzer);
        this.reaching = Set.copyOf(sections.get("reaching"));
        this.calm = sections.get("calm").stream().map(analyzer::phrase).toList();
        this.clash = SentenceShape.firstStems(sections.get("clash"), analyzer);
        this.reachingManner = Set.copyOf(sections.get("reaching manner"));
    }

    /** The word classes this reading turns on, kept per word (for the test that they answer as the lists do). */
    RegardWords words() {
        return classes;
    }

    /** The kind of regard for a person the statement tells, or null. */
    Kind read(AnalyzedText text) {
        List<Word> words = text.words();
        boolean aPerson = classes.mentionsPerson(words);
        if (aPerson && any(text, restraint) && !aboutConversation(words)) {
            return Kind.RESTRAINT;
        }
        Kind asked = askedFirst.read(words, aPerson);
        if (asked != null) {
            return asked;
        }
        if (any(text, calm) && anyStem(words, clash)) {
            return Kind.CALM;
        }
        int at = noticed.at(words);
        if (aPerson && any(text, caring) && (at >= 0 || text.mainClause() > 0)) {
            return Kind.CARING;
        }
        if (at >= 0) {
            return grasping.contains(words.get(at).surface()) ? Kind.GRASPING
                    : feelingAfter(text, at) ? Kind.DISTRESS : Kind.NOTICING;
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

    private static boolean any(AnalyzedText text, List<Phrase> phrases) {
        for (Phrase p : phrases) {
            if (text.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Learners as the subject of a reaching verb, with "ook", "altijd" or "gewoon" after them. */
    private boolean reachedByLearners(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!classes.is(words.get(i), RegardWords.PEOPLE)) {
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
