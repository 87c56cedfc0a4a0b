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
 * not vocabulary. Where a clause ends and whether one is a situation is {@link Clauses}' job.
 */
final class SentenceShape {
    static final String LEADING_VERBS = "leading verbs";
    static final String CLAUSE_BOUNDARIES = "clause boundaries";
    static final String BRINGING_ABOUT = "bringing about";
    static final String PEOPLE = "people";
    static final String SELF_DESCRIPTION = "self description";
    static final String DISPOSITION_OPENERS = "disposition openers";
    static final String HABIT = "habit";
    /** The sections that are sentence shape, not attitudes. */
    static final Set<String> SECTIONS = Set.of(LEADING_VERBS, CLAUSE_BOUNDARIES, BRINGING_ABOUT, PEOPLE,
            SELF_DESCRIPTION, DISPOSITION_OPENERS, HABIT, EverydayQuality.QUALITIES,
            EverydayQuality.SITUATION_WORDS, EverydayQuality.LEARNERS, AttributiveUse.TEACHER_NOUNS,
            AttributiveUse.PREPOSITIONS);
    /**
     * The shape sections whose words are grammar, not vocabulary the typo correction should steer towards (the
     * leading verbs are vocabulary, as the openers are).
     */
    static final Set<String> GRAMMAR = Set.of(CLAUSE_BOUNDARIES, BRINGING_ABOUT, PEOPLE, SELF_DESCRIPTION,
            DISPOSITION_OPENERS, HABIT, EverydayQuality.QUALITIES, EverydayQuality.SITUATION_WORDS,
            EverydayQuality.LEARNERS, AttributiveUse.TEACHER_NOUNS,
            AttributiveUse.PREPOSITIONS);
    /** The conjunction of the clause a verb of bringing about opens, and the words it may stand after. */
    private static final String THAT = "dat";
    private static final int THAT_REACH = 2;
    /** How many words after the opening verb a {@code [self description]} word may stand. */
    private static final int SELF_DESCRIPTION_REACH = 2;
    /** "(Is) iemand die ...": the clause after "die" says what the teacher is. */
    private static final String SOMEONE = "iemand";
    private static final String WHO = "die";
    /** "Weet ... te ..." is a capability; "Weet welke ..." without "te" is knowledge. */
    private static final Set<String> KNOWING = Set.of("weet", "weten");
    private static final String TO = "te";
    /** How many words after the opening verb an adverb of habit ({@code [habit]}) may stand. */
    private static final int HABIT_REACH = 3;
    private static final String FIRST_PERSON = "ik";
    /**
     * Words of the subject of a "dat" clause before the people it is about ("dat de Nederlandse en Poolse
     * studenten ...", "dat onze stagiairs ..."): determiners, possessives and "en"/"of"; inflected adjectives (-e)
     * are passed over too.
     */
    private static final Set<String> SUBJECT_WORDS = Set.of("de", "het", "een", "onze", "ons", "hun", "alle", "al",
            "deze", "en", "of", "zowel");
    /** How many words the subject of a "dat" clause may take before its people. */
    private static final int SUBJECT_REACH = 6;
    private final Set<String> leadingVerbs;
    private final Set<String> bringingAbout;
    /** Words a "dat" clause about people opens with: the teacher brings something about between people. */
    private final Set<String> people;
    private final Clauses clauses;
    private final Set<String> selfDescription;
    private final Set<String> dispositionOpeners;
    private final Set<String> habit;
    private final WrittenSubject written;

    SentenceShape(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.written = new WrittenSubject(analyzer);
        this.leadingVerbs = firstStems(sections.get(LEADING_VERBS), analyzer);
        this.bringingAbout = firstStems(sections.get(BRINGING_ABOUT), analyzer);
        this.people = firstStems(sections.get(PEOPLE), analyzer);
        this.clauses = new Clauses(Set.copyOf(sections.getOrDefault(CLAUSE_BOUNDARIES, List.of())));
        this.selfDescription = Set.copyOf(sections.getOrDefault(SELF_DESCRIPTION, List.of()));
        this.dispositionOpeners = Set.copyOf(sections.getOrDefault(DISPOSITION_OPENERS, List.of()));
        this.habit = Set.copyOf(sections.getOrDefault(HABIT, List.of()));
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
        int verb = verbIndex(text);
        if (teacher >= 0 || predicateEnd(text) > 0 && !knowsWhat(words, verb) && !bringsAbout(words, verb)) {
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
     * Whether the statement opens with a verb of bringing about ("Zorgt dat iedereen zich veilig voelt ..."). Its
     * clause about people is a shape for the lexicon's phrases (bringing people together, "samen optrekken", is the
     * teacher's attitude), not for the trained model: read on its own words the clause describes the people's state
     * (safe, heard, at ease), and what the teacher does to bring that about is a task in class (Uitvoeren).
     */
    private boolean bringsAbout(List<Word> words, int verb) {
        return verb < words.size() && bringingAbout.contains(words.get(verb).stem());
    }

    /** See {@link Clauses#inSituation}. */
    boolean inSituation(AnalyzedText text) {
        return clauses.inSituation(text);
    }

    /**
     * Whether the statement describes a habit ("Zoekt steeds naar ...", "Bedenkt telkens weer ..."): an adverb of
     * habit ({@code [habit]}) within three words after the opening verb. What the teacher does again and again
     * describes what kind of teacher it is, as behaviour in a situation does ({@link #inSituation}).
     */
    boolean habitual(AnalyzedText text) {
        List<Word> words = text.words();
        int verb = verbIndex(text);
        int reach = firstPerson(words, verb) ? clauseEnd(text, verb + 1) - 1 : verb + HABIT_REACH;
        for (int i = verb + 1; i <= reach && i < words.size(); i++) {
            if (habit.contains(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the opening verb follows "ik": the first person names its object before the adverb ("Ik vraag mijn
     * Eritrese studenten graag ..."), so a habit counts anywhere in the main clause (session 19, att19).
     */
    private static boolean firstPerson(List<Word> words, int verb) {
        return verb > 0 && FIRST_PERSON.equals(words.get(verb - 1).surface());
    }

    /**
     * Whether the statement says what the teacher knows ("Weet welke mogelijkheden er zijn", "Weet bij wie ...")
     * rather than what the teacher knows how to do ("Weet ... te ..."): knowledge is no attitude.
     */
    private boolean knowsWhat(List<Word> words, int verb) {
        if (!KNOWING.contains(words.get(verb).surface()) || SelfKnowledge.clauseStart(words, verb, people) > 0) {
            return false;
        }
        for (int i = verb + 1; i < words.size(); i++) {
            if (words.get(i).surface().equals(TO)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the opening verb: the main clause's first word ({@link AnalyzedText#mainClause()}, past a leading
     * "Als ..., "), or the word after it when that is the persona's pronoun ("Zij is ...", "Hij heeft ...").
     */
    private static int verbIndex(AnalyzedText text) {
        List<Word> words = text.words();
        int start = text.mainClause();
        return start < words.size() && words.get(start).is(WordClass.SUBJECT_PRONOUN) ? start + 1 : start;
    }

    /**
     * For a statement that opens with a verb such as "is" or "toont" ("Is voor stagiairs altijd aanspreekbaar,
     * ook als ..."), the index of the first word of a following clause (or the word count): an attitude before
     * it is what the statement says the teacher is. For any other statement 0, so nothing counts.
     */
    int predicateEnd(AnalyzedText text) {
        List<Word> words = text.words();
        int verb = verbIndex(text);
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
        int self = SelfKnowledge.clauseStart(words, verb, people);
        if (self > 0) {
            // What the teacher knows of themself: the "dat" clause is what the statement says the teacher is.
            return clauseEnd(text, self);
        }
        if (!leadingVerbs.contains(words.get(verb).stem()) || knowsWhat(words, verb)) {
            // What the teacher knows ("Weet welke leerbedrijven openstaan voor ...") says nothing of what the
            // teacher is: an attitude word in it belongs to someone else.
            return 0;
        }
        if (someoneWho(words, verb + 1)) {
            return clauseEnd(text, verb + 3);
        }
        int end = clauseEnd(text, verb + 1);
        int to = KNOWING.contains(words.get(verb).surface()) && end < words.size()
                && Clauses.RELATIVES.contains(words.get(end).surface()) ? indexOf(words, TO, end) : -1;
        // "Weet groepen die elkaar mijden toch met elkaar in gesprek te krijgen": the relative clause belongs to
        // the object; the capability reaches to its "te" and the infinitive after it.
        return to > 0 ? clauseEnd(text, to + 1) : end;
    }

    /**
     * For a statement that opens with the teacher written as the subject and a leading verb ({@link WrittenSubject}:
     * "Anouk is oprecht nieuwsgierig naar ...", "De docent is verbindend: ..."), the index of the first word of a
     * following clause: an attitude named by its own word before it is what the note says the teacher is, as after
     * "Zij is" ({@link #predicateEnd}). 0 for any other statement, and where the predicate sets the attitude in a lesson
     * or a meeting ({@code written-subject.txt}: "is creatief met de lessen ...", "is alert in het driegesprek") or the next
     * clause opens with "dus", the task the note is about (session 29, att29). Not a shape for the trained model ({@link #shapedAsAttitude}): a note
     * about a colleague names its attitude by its word, the model would name one in every task told of them.
     */
    int writtenSubjectPredicateEnd(AnalyzedText text) {
        List<Word> words = text.words();
        int verb = WrittenSubject.end(text);
        if (verb == 0 || verb >= words.size() || !leadingVerbs.contains(words.get(verb).stem())
                || knowsWhat(words, verb)) {
            return 0;
        }
        int end = clauseEnd(text, verb + 1);
        return written.aboutATask(words, verb + 1, end) ? 0 : end;
    }

    private static int indexOf(List<Word> words, String surface, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).surface().equals(surface)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean someoneWho(List<Word> words, int at) {
        return at + 1 < words.size() && words.get(at).surface().equals(SOMEONE) && words.get(at + 1).surface().equals(WHO);
    }

    /**
     * Whether the clause from {@code from} is about people: its subject, after determiners, inflected adjectives
     * and "en" ("dat de Nederlandse en Poolse studenten ..."), is one of them.
     */
    private boolean aboutPeople(List<Word> words, int from) {
        for (int i = from; i < Math.min(from + 2, words.size()); i++) {
            if (people.contains(words.get(i).stem())) {
                return true;
            }
        }
        for (int i = from; i < Math.min(from + SUBJECT_REACH, words.size()); i++) {
            Word word = words.get(i);
            if (people.contains(word.stem())) {
                return true;
            }
            String s = word.surface();
            if (!SUBJECT_WORDS.contains(s) && !(s.endsWith("e") && s.length() >= 4 && !word.stop())) {
                return false;
            }
        }
        return false;
    }

    /** See {@link Clauses#clauseEnd}. */
    int clauseEnd(AnalyzedText text, int from) {
        return clauses.clauseEnd(text, from);
    }
}
