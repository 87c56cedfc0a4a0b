package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sentence shapes of {@code attitudes.txt} that tell whether a statement says what the teacher is rather
 * than what the teacher does, whatever its words: a leading verb ("Is ...", "Weet ... te ..."), "Zorgt dat"
 * with a clause about people, and for the trained attitude model also a disposition ("Wil ...", "Iemand die
 * ...") or behaviour described by what the teacher does not do or with a reflexive verb. Its words are grammar,
 * not vocabulary.
 */
final class SentenceShape {
    static final String LEADING_VERBS = "leading verbs";
    static final String CLAUSE_BOUNDARIES = "clause boundaries";
    static final String BRINGING_ABOUT = "bringing about";
    static final String PEOPLE = "people";
    static final String SELF_DESCRIPTION = "self description";
    static final String DISPOSITION_OPENERS = "disposition openers";
    /** The sections that are sentence shape, not attitudes. */
    static final Set<String> SECTIONS = Set.of(LEADING_VERBS, CLAUSE_BOUNDARIES, BRINGING_ABOUT, PEOPLE,
            SELF_DESCRIPTION, DISPOSITION_OPENERS, EverydayQuality.QUALITIES, EverydayQuality.SITUATION_WORDS,
            EverydayQuality.LEARNERS);
    /**
     * The shape sections whose words are grammar, not vocabulary the typo correction should steer towards (the
     * leading verbs are vocabulary, as the openers are).
     */
    static final Set<String> GRAMMAR = Set.of(CLAUSE_BOUNDARIES, BRINGING_ABOUT, PEOPLE, SELF_DESCRIPTION,
            DISPOSITION_OPENERS, EverydayQuality.QUALITIES, EverydayQuality.SITUATION_WORDS, EverydayQuality.LEARNERS);
    /** The conjunction of the clause a verb of bringing about opens, and the words it may stand after. */
    private static final String THAT = "dat";
    private static final int THAT_REACH = 2;
    /** How many words after the opening verb a {@code [self description]} word may stand. */
    private static final int SELF_DESCRIPTION_REACH = 2;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("zij", "hij", "ze", "we", "wij");
    /** "(Is) iemand die ...": the clause after "die" says what the teacher is. */
    private static final String SOMEONE = "iemand";
    private static final String WHO = "die";
    /** Conjunctions that open the situation a behaviour answers to ("... als de bus niet komt"). */
    private static final Set<String> SITUATION = Set.of("als", "wanneer", "zodra");
    /** Words the situation's conjunction must stand after: the behaviour comes first. */
    private static final int SITUATION_FROM = 2;
    /** "Weet ... te ..." is a capability; "Weet welke ..." without "te" is knowledge. */
    private static final Set<String> KNOWING = Set.of("weet", "weten");
    private static final String TO = "te";

    private final Set<String> leadingVerbs;
    private final Set<String> bringingAbout;
    /** Words a "dat" clause about people opens with: the teacher brings something about between people. */
    private final Set<String> people;
    private final Set<String> clauseBoundaries;
    private final Set<String> selfDescription;
    private final Set<String> dispositionOpeners;

    SentenceShape(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.leadingVerbs = firstStems(sections.get(LEADING_VERBS), analyzer);
        this.bringingAbout = firstStems(sections.get(BRINGING_ABOUT), analyzer);
        this.people = firstStems(sections.get(PEOPLE), analyzer);
        this.clauseBoundaries = Set.copyOf(sections.getOrDefault(CLAUSE_BOUNDARIES, List.of()));
        this.selfDescription = Set.copyOf(sections.getOrDefault(SELF_DESCRIPTION, List.of()));
        this.dispositionOpeners = Set.copyOf(sections.getOrDefault(DISPOSITION_OPENERS, List.of()));
    }

    static Set<String> firstStems(List<String> lines, TextAnalyzer analyzer) {
        return (lines == null ? List.<String>of() : lines).stream()
                .map(analyzer::phrase)
                .filter(p -> !p.stems().isEmpty())
                .map(p -> p.stems().get(0))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the statement has the shape of one that says what the teacher is, whatever its words: it opens
     * with a leading verb ("Is ...", "Blijft ...", "Weet ... te ..."), with "Zorgt dat" and a clause about
     * people, with a disposition ("Wil ...", "Iemand die ..."), describes behaviour by what the teacher does
     * not do or with a reflexive verb ("Raakt niet ...", "Voelt zich ..."), or it says what others do towards
     * the teacher ({@code teacher} >= 0).
     */
    boolean shapedAsAttitude(AnalyzedText text, int teacher) {
        List<Word> words = text.words();
        int verb = verbIndex(words);
        if (teacher >= 0 || predicateEnd(text) > 0 && !knowsWhat(words, verb)) {
            return true;
        }
        if (words.size() <= verb) {
            return false;
        }
        if (dispositionOpeners.contains(words.get(verb).surface())) {
            return true;
        }
        for (int i = verb + 1; i <= verb + SELF_DESCRIPTION_REACH && i < words.size(); i++) {
            if (selfDescription.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement describes behaviour in a situation ("Pikt het snel op als ...", "Gooit het programma
     * om wanneer ..."): a conjunction of condition or time after the opening words.
     */
    boolean inSituation(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = SITUATION_FROM; i < words.size(); i++) {
            if (SITUATION.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the statement says what the teacher knows ("Weet welke mogelijkheden er zijn", "Weet bij wie ...")
     * rather than what the teacher knows how to do ("Weet ... te ..."): knowledge is no attitude.
     */
    private static boolean knowsWhat(List<Word> words, int verb) {
        if (!KNOWING.contains(words.get(verb).surface())) {
            return false;
        }
        for (int i = verb + 1; i < words.size(); i++) {
            if (words.get(i).surface().equals(TO)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the opening verb: 1 after the persona's pronoun ("Zij is ...", "Hij heeft ..."), else 0. */
    private static int verbIndex(List<Word> words) {
        return !words.isEmpty() && SUBJECT_PRONOUNS.contains(words.get(0).surface()) ? 1 : 0;
    }

    /**
     * For a statement that opens with a verb such as "is" or "toont" ("Is voor stagiairs altijd aanspreekbaar,
     * ook als ..."), the index of the first word of a following clause (or the word count): an attitude before
     * it is what the statement says the teacher is. For any other statement 0, so nothing counts.
     */
    int predicateEnd(AnalyzedText text) {
        List<Word> words = text.words();
        int verb = verbIndex(words);
        if (words.size() <= verb) {
            return 0;
        }
        if (bringingAbout.contains(words.get(verb).stem())) {
            // "Zorgt (ervoor) dat ...": the clause after "dat", up to the next one.
            for (int i = verb + 1; i <= verb + 1 + THAT_REACH && i < words.size(); i++) {
                if (words.get(i).surface().equals(THAT)) {
                    return aboutPeople(words, i + 1) ? clauseEnd(text, i + 1) : 0;
                }
            }
            return 0;
        }
        if (someoneWho(words, verb)) {
            return clauseEnd(text, verb + 2);
        }
        if (!leadingVerbs.contains(words.get(verb).stem())) {
            return 0;
        }
        return someoneWho(words, verb + 1) ? clauseEnd(text, verb + 3) : clauseEnd(text, verb + 1);
    }

    private static boolean someoneWho(List<Word> words, int at) {
        return at + 1 < words.size() && words.get(at).surface().equals(SOMEONE) && words.get(at + 1).surface().equals(WHO);
    }

    /** Whether the clause from {@code from} is about people: its subject, after an article, is one of them. */
    private boolean aboutPeople(List<Word> words, int from) {
        for (int i = from; i < Math.min(from + 2, words.size()); i++) {
            if (people.contains(words.get(i).stem())) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first clause word from {@code from} on ("als", "zodat" ...), or the word count. */
    int clauseEnd(AnalyzedText text, int from) {
        List<Word> words = text.words();
        for (int i = from; i < words.size(); i++) {
            if (clauseBoundaries.contains(words.get(i).surface())) {
                return i;
            }
        }
        return words.size();
    }
}
