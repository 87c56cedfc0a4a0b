package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises the matrix's attitudes in a statement through the adjective and its inflections, the noun,
 * synonyms and typical phrases of {@code attitudes.txt} (flexibiliteit, inlevingsvermogen, "staat open
 * voor" ...), and tells whether the statement is phrased as an attitude ("Is flexibel", "Nieuwsgierig
 * naar ...") rather than an action that merely mentions one ("Speelt flexibel in op crises").
 */
final class AttitudeRecognizer {
    private static final String OPENERS = "openers";
    private static final String LEADING_VERBS = "leading verbs";
    private static final String CLAUSE_BOUNDARIES = "clause boundaries";
    private static final String BRINGING_ABOUT = "bringing about";
    private static final String PEOPLE = "people";
    private static final String SELF_DESCRIPTION = "self description";
    private static final String DISPOSITION_OPENERS = "disposition openers";
    /** How many words after the opening verb a {@code [self description]} word may stand. */
    private static final int SELF_DESCRIPTION_REACH = 2;
    /** The sections that are sentence shape, not attitudes; their words are grammar, not vocabulary. */
    private static final Set<String> SHAPE_SECTIONS =
            Set.of(CLAUSE_BOUNDARIES, BRINGING_ABOUT, PEOPLE, SELF_DESCRIPTION, DISPOSITION_OPENERS);
    /** The conjunction of the clause a verb of bringing about opens, and the words it may stand after. */
    private static final String THAT = "dat";
    private static final int THAT_REACH = 2;
    private static final String VETO = "!";

    /**
     * @param index     the attitude's place in {@link #names}
     * @param adjective the form a matching word must show ({@link AdjectiveForm}), or null
     * @param literal   the expression is the attitude's own name
     */
    private record Expression(int index, boolean veto, String adjective, boolean literal) {
    }

    /**
     * Attitudes found, in the file's order, whether the statement opens with one of them, and those of them
     * named by their own word (the matrix's adjective or noun: "veerkrachtig", "daadkracht"), not inferred.
     */
    record Recognition(List<String> attitudes, boolean phrasedAsAttitude, List<String> literal) {
        static final Recognition NONE = new Recognition(List.of(), false, List.of());
    }

    private final List<String> names = new ArrayList<>();
    private final PhraseIndex<Expression> expressions = new PhraseIndex<>();
    /** By stem number, whether the stem is an opener ("is", "toont", "graag" ...). */
    private final boolean[] openers;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("zij", "hij", "ze");
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

    private final AttitudeEvidence evidence;

    /** @param evidence the sections of {@code attitude-evidence.txt} ({@link AttitudeEvidence}) */
    AttitudeRecognizer(Map<String, List<String>> sections, Map<String, List<String>> evidence, TextAnalyzer analyzer) {
        this.openers = byNumber(firstStems(sections.get(OPENERS), analyzer), analyzer);
        this.leadingVerbs = firstStems(sections.get(LEADING_VERBS), analyzer);
        this.bringingAbout = firstStems(sections.get(BRINGING_ABOUT), analyzer);
        this.people = firstStems(sections.get(PEOPLE), analyzer);
        this.clauseBoundaries = Set.copyOf(sections.getOrDefault(CLAUSE_BOUNDARIES, List.of()));
        this.selfDescription = Set.copyOf(sections.getOrDefault(SELF_DESCRIPTION, List.of()));
        this.dispositionOpeners = Set.copyOf(sections.getOrDefault(DISPOSITION_OPENERS, List.of()));
        sections.forEach((name, lines) -> {
            if (name.isEmpty() || name.equals(OPENERS) || name.equals(LEADING_VERBS) || SHAPE_SECTIONS.contains(name)) {
                return;
            }
            int index = names.size();
            names.add(name);
            List<String> own = analyzer.phrase(name).stems();
            for (String line : lines) {
                boolean veto = line.startsWith(VETO);
                Phrase phrase = analyzer.phrase(veto ? line.substring(VETO.length()) : line);
                expressions.add(phrase, new Expression(index, veto, AdjectiveForm.required(line), !veto && phrase.stems().equals(own)));
            }
        });
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            indexOf.put(names.get(i), i);
        }
        this.evidence = new AttitudeEvidence(evidence, indexOf, analyzer);
    }

    private static Set<String> firstStems(List<String> lines, TextAnalyzer analyzer) {
        return (lines == null ? List.<String>of() : lines).stream()
                .map(analyzer::phrase)
                .filter(p -> !p.stems().isEmpty())
                .map(p -> p.stems().get(0))
                .collect(Collectors.toUnmodifiableSet());
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
                .filter(e -> !SHAPE_SECTIONS.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .map(l -> l.replace(VETO, "")).toList();
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
        boolean any = lexiconMatches(text, first, literal);
        int opening = openingIndex(text);
        if (!any) {
            // The lexicon's phrases are the precise reading; the evidence model reads what they do not cover.
            any = evidence.addNamed(text, teacher, opening, first);
        }
        if (!any) {
            return Recognition.NONE;
        }
        int predicateEnd = teacher >= 0 ? clauseEnd(text, teacher + 1) : predicateEnd(text);
        List<String> result = new ArrayList<>();
        List<String> literalNames = new ArrayList<>(1);
        boolean phrased = false;
        for (int i = 0; i < names.size(); i++) {
            if (first[i] >= 0) {
                result.add(names.get(i));
                phrased |= first[i] <= opening || first[i] < predicateEnd;
                if (literal[i]) {
                    literalNames.add(names.get(i));
                }
            }
        }
        return new Recognition(List.copyOf(result), phrased, List.copyOf(literalNames));
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
     * Sets per attitude the first word of a lexicon expression of it that no veto encloses, and whether one
     * such expression is the attitude's own name; returns whether any attitude was found.
     */
    private boolean lexiconMatches(AnalyzedText text, int[] first, boolean[] literal) {
        // Per attitude (by its place in names), the spans that express it and the spans that veto it; made
        // when the first candidate matches (most statements have candidates, few have a match).
        List<int[]>[] found = null;
        List<int[]>[] vetoed = null;
        List<int[]>[] own = null;
        boolean any = false;
        for (int stem : text.allIds()) {
            for (PhraseIndex.Item<Expression> item : expressions.startingWith(stem)) {
                List<int[]> spans = text.spans(item.phrase());
                Expression e = item.value();
                if (e.adjective() != null && !spans.isEmpty()) {
                    spans.removeIf(span -> !AdjectiveForm.shows(e.adjective(), text.words().get(span[0])));
                }
                if (spans.isEmpty()) {
                    continue;
                }
                if (found == null) {
                    found = spanLists(names.size());
                    vetoed = spanLists(names.size());
                    own = spanLists(names.size());
                }
                List<int[]>[] into = e.veto() ? vetoed : found;
                if (into[e.index()] == null) {
                    into[e.index()] = new ArrayList<>(2);
                }
                into[e.index()].addAll(spans);
                any |= !e.veto();
                if (e.literal()) {
                    own[e.index()] = own[e.index()] == null ? new ArrayList<>(spans) : own[e.index()];
                }
            }
        }
        if (!any) {
            return false;
        }
        boolean named = false;
        List<int[]>[] expressed = found;
        for (int i = 0; i < names.size(); i++) {
            List<int[]> spans = expressed[i];
            if (spans != null) {
                // A longer expression of another attitude that holds this one is the reading: "staat open
                // voor feedback" is lerende houding, not also the open-mindedness of "staat open voor".
                spans.removeIf(span -> heldByLonger(span, expressed, spans));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            first[i] = firstUnvetoed(found[i], vetoed[i]);
            named |= first[i] >= 0;
            literal[i] = firstUnvetoed(own[i], vetoed[i]) >= 0;
        }
        return named;
    }

    @SuppressWarnings("unchecked")
    private static List<int[]>[] spanLists(int size) {
        return (List<int[]>[]) new List<?>[size];
    }

    /** The first word of a span that no veto span encloses, or -1. */
    private static int firstUnvetoed(List<int[]> spans, List<int[]> vetoes) {
        int first = -1;
        for (int k = 0; spans != null && k < spans.size(); k++) {
            int[] span = spans.get(k);
            if ((first < 0 || span[0] < first) && !enclosed(span, vetoes)) {
                first = span[0];
            }
        }
        return first;
    }

    /** Whether a longer span of another attitude than {@code own}'s holds {@code span}. */
    private static boolean heldByLonger(int[] span, List<int[]>[] found, List<int[]> own) {
        for (List<int[]> spans : found) {
            if (spans == null || spans == own) {
                continue;
            }
            for (int[] s : spans) {
                if (s[0] <= span[0] && span[1] <= s[1] && s[1] - s[0] > span[1] - span[0]) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean enclosed(int[] span, List<int[]> vetoes) {
        for (int k = 0; vetoes != null && k < vetoes.size(); k++) {
            int[] v = vetoes.get(k);
            if (v[0] <= span[0] && span[1] <= v[1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a statement that opens with a verb such as "is" or "toont" ("Is voor stagiairs altijd aanspreekbaar,
     * ook als ..."), the index of the first word of a following clause (or the word count): an attitude before
     * it is what the statement says the teacher is. For any other statement 0, so nothing counts.
     */
    private int predicateEnd(AnalyzedText text) {
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
        return leadingVerbs.contains(words.get(verb).stem()) ? clauseEnd(text, verb + 1) : 0;
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
    private int clauseEnd(AnalyzedText text, int from) {
        List<Word> words = text.words();
        for (int i = from; i < words.size(); i++) {
            if (clauseBoundaries.contains(words.get(i).surface())) {
                return i;
            }
        }
        return words.size();
    }

    /** Index of the first word that is neither a function word nor an opener such as "is" or "toont". */
    private int openingIndex(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (!w.stop() && !(w.id() < openers.length && openers[w.id()])) {
                return i;
            }
        }
        return -1;
    }
}
