package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the matrix's attitudes in a statement through the adjective and its inflections, the noun,
 * synonyms and typical phrases of {@code attitudes.txt} (flexibiliteit, inlevingsvermogen, "staat open
 * voor" ...), and tells whether the statement is phrased as an attitude ("Is flexibel", "Nieuwsgierig
 * naar ...") rather than an action that merely mentions one ("Speelt flexibel in op crises").
 */
final class AttitudeRecognizer {
    private static final String OPENERS = "openers";
    /** "Wil dat studenten ...": what the teacher wants of others, not what the teacher is. */
    private static final Set<String> WANTS = Set.of("wil", "willen", "wilt");
    private static final Set<String> SUBJECTS = Set.of("zij", "hij", "ik", "ze");
    private static final String THAT = "dat";
    /** The subject of what a group does together, the teacher among them. */
    private static final Set<String> GROUP = Set.of("we", "wij");
    private static final String PARTICLE = "toe";
    private static final int PARTICLE_REACH = 5;
    /** How far after "dat" the people it is about may stand ("dat de Poolse studenten ..."). */
    private static final int PEOPLE_REACH = 3;

    /**
     * Attitudes found, in the file's order, whether the statement opens with one of them, those of them named
     * by their own word (the matrix's adjective or noun: "veerkrachtig", "daadkracht"), not inferred, and whether
     * a veto read an attitude's word as none ({@link #VETOED}), and the attitude another clause shows beside the one
     * the lexicon named ({@link #inOtherClause}), or null: the sorter adds it only where it is the activity's.
     */
    record Recognition(List<String> attitudes, boolean phrasedAsAttitude, List<String> literal, boolean vetoed,
                       String second) {
        static final Recognition NONE = new Recognition(List.of(), false, List.of());
        /**
         * A statement in which a veto read a word that looks like an attitude as none ("Weet ... weer moed te
         * geven", "Organiseert een open dag"): nothing named, and the trained model, which reads the same word,
         * should not name it either.
         */
        static final Recognition VETOED = new Recognition(List.of(), false, List.of(), true, null);

        Recognition(List<String> attitudes, boolean phrasedAsAttitude, List<String> literal) {
            this(attitudes, phrasedAsAttitude, literal, false, null);
        }
    }

    private final List<String> names;
    private final AttitudePhrases phrases;
    /** By stem number, whether the stem is an opener ("is", "toont", "graag" ...). */
    private final boolean[] openers;

    private final AttitudeEvidence evidence;
    private final TextAnalyzer analyzer;
    private final SentenceShape shape;
    /** The stems of {@code [people]}: the others a "wil dat ..." clause may be about. */
    private final Set<String> people;

    /** @param evidence the sections of {@code attitude-evidence.txt} ({@link AttitudeEvidence}) */
    AttitudeRecognizer(Map<String, List<String>> sections, Map<String, List<String>> evidence, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.openers = byNumber(SentenceShape.firstStems(sections.get(OPENERS), analyzer), analyzer);
        this.shape = new SentenceShape(sections, analyzer);
        this.people = SentenceShape.firstStems(sections.get(SentenceShape.PEOPLE), analyzer);
        AttributiveUse attributive = new AttributiveUse(sections, analyzer);
        Map<String, List<String>> attitudes = new LinkedHashMap<>();
        sections.forEach((name, lines) -> {
            if (!name.isEmpty() && !name.equals(OPENERS) && !SentenceShape.SECTIONS.contains(name)) {
                attitudes.put(name, lines);
            }
        });
        this.phrases = new AttitudePhrases(attitudes, shape, attributive, analyzer);
        this.names = phrases.names();
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            indexOf.put(names.get(i), i);
        }
        this.evidence = new AttitudeEvidence(evidence, indexOf, attributive, analyzer);
    }

    private static boolean[] byNumber(Set<String> stems, TextAnalyzer analyzer) {
        int[] ids = stems.stream().mapToInt(analyzer::id).toArray();
        boolean[] result = new boolean[Arrays.stream(ids).max().orElse(-1) + 1];
        for (int id : ids) {
            result[id] = true;
        }
        return result;
    }

    static List<String> texts(Map<String, List<String>> sections) {
        // The clause and sentence-shape words are grammar, not vocabulary the typo correction should steer towards.
        return sections.entrySet().stream()
                .filter(e -> !SentenceShape.GRAMMAR.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .map(l -> l.replace(AttitudePhrases.VETO, "").replace(AttitudePhrases.MANNER, "")).toList();
    }

    /** The attitude names this recogniser knows, in the data file's order. */
    List<String> names() {
        return List.copyOf(names);
    }

    /**
     * @param teacher the index of "hem" or "haar" where the statement says what others do towards the
     *                teacher ("Stagiairs weten hem makkelijk te vinden"), or -1: an attitude after it and
     *                before the next clause is what the statement says the teacher is
     */
    Recognition recognise(AnalyzedText text, int teacher) {
        int[] first = new int[names.size()];
        Arrays.fill(first, -1);
        boolean[] literal = new boolean[names.size()];
        boolean[] manner = new boolean[names.size()];
        boolean[] vetoed = new boolean[1];
        boolean any = phrases.matches(text, first, literal, manner, vetoed);
        int wishEnd = wishForOthersEnd(text);
        if (any && wishEnd > 0) {
            // "Wil dat studenten leren / flexibel zijn ...": the attitude is the one the teacher wants of others.
            any = false;
            for (int i = 0; i < first.length; i++) {
                first[i] = first[i] < wishEnd ? -1 : first[i];
                any |= first[i] >= 0;
            }
            vetoed[0] |= !any;
        }
        boolean byLexicon = any;
        int opening = openingIndex(text);
        if (!any && !vetoed[0]) {
            // The lexicon's phrases are the precise reading; the evidence model reads what they do not cover, but
            // not a word a veto has just read as none ("verdeelt de taken eerlijk" is fair, not candid).
            any = evidence.addNamed(text, Math.max(teacher, wishEnd), opening, first);
        }
        if (!any) {
            return vetoed[0] ? Recognition.VETOED : Recognition.NONE;
        }
        int predicateEnd = teacher >= 0 ? shape.clauseEnd(text, teacher + 1) : shape.predicateEnd(text);
        // A note about a colleague by name or "de docent" that names the attitude by its own word as its predicate
        // (session 29, att29); an inferred name ("is benieuwd wat ...") stays the lexicon's reading of the words.
        int namedEnd = teacher >= 0 ? 0 : shape.writtenSubjectPredicateEnd(text);
        List<String> result = new ArrayList<>();
        List<String> literalNames = new ArrayList<>(1);
        boolean phrased = false;
        for (int i = 0; i < names.size(); i++) {
            if (first[i] >= 0) {
                result.add(names.get(i));
                phrased |= first[i] <= opening || first[i] < predicateEnd || manner[i]
                        || literal[i] && first[i] < namedEnd;
                if (literal[i]) {
                    literalNames.add(names.get(i));
                }
            }
        }
        // Apart from the phrasing: a later clause does not make the statement an attitude statement, it only adds
        // to what an attitude statement names.
        String second = byLexicon && result.size() == 1 ? inOtherClause(text, teacher, first) : null;
        return new Recognition(List.copyOf(result), phrased, List.copyOf(literalNames), false, second);
    }

    /**
     * The attitude that a clause without the lexicon's one names by strong evidence of its own, or null: a
     * statement often shows a second attitude in another clause or as behaviour ("Blijft kalm als ..., en houdt
     * iedereen aan boord"). Of several, the first in the statement; at most one, so a statement names two.
     */
    private String inOtherClause(AnalyzedText text, int teacher, int[] first) {
        int[] clause = Clauses.numbers(text);
        boolean[] taken = new boolean[clause.length == 0 ? 0 : clause[clause.length - 1] + 1];
        for (int word : first) {
            if (word >= 0) {
                taken[clause[word]] = true;
            }
        }
        int[] strong = evidence.strongIn(text, teacher, word -> !taken[clause[word]]);
        int best = -1;
        for (int i = 0; i < strong.length; i++) {
            if (strong[i] >= 0 && first[i] < 0 && (best < 0 || strong[i] < strong[best])) {
                best = i;
            }
        }
        return best < 0 ? null : names.get(best);
    }

    /**
     * For a statement that opens with what the teacher wants of others ("Wil dat studenten ...", "Zij wil dat de
     * stagiairs ..."), the end of that "dat" clause; else 0. An attitude word in it is the others' ("Wil dat
     * studenten meer willen weten over ...", "Wil dat stagiairs flexibel zijn"), however the teacher's own "wil
     * weten" or "wil leren" reads.
     */
    private int wishForOthersEnd(AnalyzedText text) {
        List<Word> words = text.words();
        int verb = text.mainClause();
        verb = verb < words.size() && SUBJECTS.contains(words.get(verb).surface()) ? verb + 1 : verb;
        if (verb + 2 >= words.size() || !WANTS.contains(words.get(verb).surface())
                || !words.get(verb + 1).surface().equals(THAT)) {
            return 0;
        }
        for (int i = verb + 2; i <= verb + 1 + PEOPLE_REACH && i < words.size(); i++) {
            if (people.contains(words.get(i).stem())) {
                return shape.clauseEnd(text, i + 1);
            }
        }
        return 0;
    }

    /** Whether the evidence model finds any family of the named attitude in the statement (see {@link AttitudeEvidence#supports}). */
    boolean supports(AnalyzedText text, int teacher, String attitude) {
        int index = names.indexOf(attitude);
        return index >= 0 && evidence.supports(text, teacher, index);
    }

    /** See {@link SentenceShape#inSituation}. */
    boolean inSituation(AnalyzedText text) {
        return shape.inSituation(text);
    }

    /** See {@link SentenceShape#habitual}. */
    boolean habitual(AnalyzedText text) {
        return shape.habitual(text);
    }

    /** See {@link SentenceShape#shapedAsAttitude}. */
    boolean shapedAsAttitude(AnalyzedText text, int teacher) {
        return shape.shapedAsAttitude(text, teacher);
    }

    /**
     * Index of the first word of the main clause that is neither a function word nor an opener such as "is" or
     * "toont". A statement that opens with its situation ("Als een student ..., dan luister ik ...") says what the
     * teacher is in its main clause: behaviour in a situation opens there, not at the situation's first noun. Not
     * where the main clause's subject is "we" ("..., improviseren we en ..."): what the group does is no attitude
     * of the teacher's; then the statement's first word opens as before.
     */
    private int openingIndex(AnalyzedText text) {
        List<Word> words = text.words();
        int main = text.mainClause();
        if (main > 0 && main + 1 < words.size() && GROUP.contains(words.get(main + 1).surface())) {
            main = 0;
        }
        for (int i = main; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.stop() && !(w.id() < openers.length && openers[w.id()])) {
                return i == 0 && namedAdmitting(text) ? 1 : i;
            }
        }
        return -1;
    }

    /**
     * Whether the statement opens with the teacher's name and a verb of admitting or realising about themself ("Ruud
     * geeft toe dat hij van zijn Syrische studenten nog veel leert", "Bram beseft dat zijn eigen ..."): the verb opens,
     * as it does after "hij". Only these verbs: after a name any verb opening made tasks attitudes ("Yusuf durft de
     * Finse partnerschool ... te bellen", labelled a task; session 22, att22), while an admission or a realisation
     * is labelled an attitude in every readable set (session 22, att22b). The name is a capitalised word the
     * analyser does not know, so "Docent" or "Student" is never one.
     */
    private boolean namedAdmitting(AnalyzedText text) {
        List<Word> words = text.words();
        String raw = text.text().strip();
        if (words.size() < 3 || raw.isEmpty() || !Character.isUpperCase(raw.codePointAt(0))) {
            return false;
        }
        Word verb = words.get(1);
        boolean realising = verb.is(WordClass.REALISING_AFTER_NAME);
        // The verb first: asking the analyser whether the first word is known cost 2 % of a cold check when it was
        // asked of every capitalised opening (session 22's bench).
        if (!realising && !verb.is(WordClass.ADMITTING) || analyzer.knownWord(words.get(0).surface())) {
            return false;
        }
        if (realising) {
            return true;
        }
        for (int i = 2; i < words.size() && i <= 2 + PARTICLE_REACH; i++) {
            if (PARTICLE.equals(words.get(i).surface())) {
                return true;
            }
        }
        return false;
    }
}
