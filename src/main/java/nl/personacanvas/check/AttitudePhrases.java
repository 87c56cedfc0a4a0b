package nl.personacanvas.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The phrase lexicon of {@code attitudes.txt}: per attitude its adjective and inflections, noun, synonyms and
 * typical phrases, with vetoes ("!": a wording that reads the word as no attitude) and manner expressions ("@"),
 * and where in a statement they occur. {@link AttitudeRecognizer} decides from these spans what the statement
 * names; this class only finds them.
 */
final class AttitudePhrases {
    static final String VETO = "!";
    /** Marks a manner expression: it says how the teacher does whatever the statement names ("zonder morren"). */
    static final String MANNER = "@";

    /**
     * @param index     the attitude's place in {@link #names}
     * @param adjective the form a matching word must show ({@link AdjectiveForm}), or null
     * @param literal   the expression is the attitude's own name
     * @param manner    the expression says how the teacher does something, not what ("Past het programma zonder
     *                  morren aan"): wherever it stands, the attitude is the statement's point
     * @param voice   how the expression is written: as in the file, or moved from a third-person one
     */
    private record Expression(int index, boolean veto, String adjective, boolean literal, boolean manner,
                              Voice voice) {
    }

    /** Where an expression derived from a third-person one ({@link InfinitiveVoice}) counts. */
    private enum Voice {
        /** As written in the file: anywhere. */
        WRITTEN,
        /**
         * The infinitive voice: only in the statement's first clause, where a statement written as an infinitive
         * has its verb ("Oppikken dat ..."); later, verb-last, it is a subordinate clause about someone else ("als
         * de stageplek niet doorgaat").
         */
        INFINITIVE,
        /**
         * The verb last and finite: only in the relative clause of "(Is) iemand die ..." at the opening, which
         * says what the teacher is ("Is iemand die snel merkt dat ..."); any other verb-last clause is about
         * someone else or a situation.
         */
        VERB_LAST
    }


    private final List<String> names = new ArrayList<>();
    private final PhraseIndex<Expression> expressions = new PhraseIndex<>();
    private final SentenceShape shape;
    private final AttributiveUse attributive;

    /** @param sections the attitude sections of {@code attitudes.txt}, each name with its lines */
    AttitudePhrases(Map<String, List<String>> sections, SentenceShape shape, AttributiveUse attributive,
                    TextAnalyzer analyzer) {
        this.shape = shape;
        this.attributive = attributive;
        sections.forEach((name, lines) -> {
            int index = names.size();
            names.add(name);
            List<String> own = analyzer.phrase(name).stems();
            for (String line : lines) {
                boolean veto = line.startsWith(VETO);
                boolean manner = line.startsWith(MANNER);
                String text = veto || manner ? line.substring(1) : line;
                Phrase phrase = analyzer.phrase(text);
                expressions.add(phrase, new Expression(index, veto, AdjectiveForm.required(line),
                        !veto && phrase.stems().equals(own), manner, Voice.WRITTEN));
                for (String voiced : FirstPersonVoice.of(text)) {
                    expressions.add(analyzer.phrase(voiced), new Expression(index, veto, null, false, manner,
                            Voice.WRITTEN));
                }
                String bare = FirstPersonVoice.bare(text);
                if (bare != null) {
                    add(analyzer.phrase(bare), phrase, new Expression(index, veto, null, false, manner, Voice.WRITTEN));
                }
                // Some writers put every statement as an infinitive ("Oppikken dat ..."): the phrase in that voice,
                // and in the first person's ("Ik probeer me in te leven").
                Predicate<String> stopword = w -> analyzer.analyze(w).words().get(0).stop();
                for (String voiced : InfinitiveVoice.of(text, stopword)) {
                    Expression infinitive = new Expression(index, veto, null, false, manner, Voice.INFINITIVE);
                    add(analyzer.phrase(voiced), phrase, infinitive);
                    for (String first : FirstPersonVoice.of(voiced)) {
                        expressions.add(analyzer.phrase(first), infinitive);
                    }
                }
                for (String voiced : InfinitiveVoice.verbLast(text, stopword)) {
                    add(analyzer.phrase(voiced), phrase, new Expression(index, veto, null, false, manner,
                            Voice.VERB_LAST));
                }
            }
        });
    }

    /** Adds a phrase moved from {@code written}, unless the move left it as it was. */
    private void add(Phrase moved, Phrase written, Expression expression) {
        if (!moved.stems().equals(written.stems())) {
            expressions.add(moved, expression);
        }
    }

    /** The attitude names, in the data file's order: the index of every array below. */
    List<String> names() {
        return names;
    }

    /**
     * Sets per attitude the first word of a lexicon expression of it that no veto encloses, whether one such
     * expression is the attitude's own name and whether one is a manner expression, and in {@code vetoedAny}
     * whether a veto enclosed every expression of some attitude; returns whether any attitude was found.
     */
    boolean matches(AnalyzedText text, int[] first, boolean[] literal, boolean[] manner,
                                   boolean[] vetoedAny) {
        // Per attitude (by its place in names), the spans that express it and the spans that veto it; made
        // when the first candidate matches (most statements have candidates, few have a match).
        List<int[]>[] found = null;
        List<int[]>[] vetoed = null;
        List<int[]>[] own = null;
        List<int[]>[] how = null;
        boolean any = false;
        int firstClause = -1;
        // The relative clause after "iemand die" and its end, read when a verb-last expression first has spans.
        int[] someoneWho = null;
        for (int stem : text.allIds()) {
            for (PhraseIndex.Item<Expression> item : expressions.startingWith(stem)) {
                if (!item.mayOccurIn(text)) {
                    continue;
                }
                List<int[]> spans = text.spans(item.phrase());
                Expression e = item.value();
                if (e.adjective() != null && !spans.isEmpty()) {
                    spans.removeIf(span -> !AdjectiveForm.shows(e.adjective(), text.words().get(span[0])));
                }
                if (e.voice() == Voice.INFINITIVE && !spans.isEmpty()) {
                    int end = firstClause >= 0 ? firstClause : (firstClause = shape.clauseEnd(text, 0));
                    spans.removeIf(span -> span[0] >= end || !writtenAsInfinitive(text, span));
                }
                if (e.voice() == Voice.VERB_LAST && !spans.isEmpty()) {
                    if (someoneWho == null) {
                        // Once per statement, not per expression (session 23, speed23).
                        int start = SomeoneWho.clauseStart(text.words());
                        someoneWho = new int[] {start, start < 0 ? -1 : shape.clauseEnd(text, start)};
                    }
                    int start = someoneWho[0];
                    int end = someoneWho[1];
                    spans.removeIf(span -> span[0] < start || span[1] >= end);
                }
                if (spans.isEmpty()) {
                    continue;
                }
                if (found == null) {
                    found = spanLists(names.size());
                    vetoed = spanLists(names.size());
                    own = spanLists(names.size());
                    how = spanLists(names.size());
                }
                List<int[]>[] into = e.veto() ? vetoed : found;
                if (into[e.index()] == null) {
                    into[e.index()] = new ArrayList<>(2);
                }
                into[e.index()].addAll(spans);
                if (!e.veto() && item.phrase().ids().length == 1) {
                    vetoAttributive(text, spans, vetoed, e.index());
                }
                any |= !e.veto();
                if (e.literal()) {
                    own[e.index()] = own[e.index()] == null ? new ArrayList<>(spans) : own[e.index()];
                }
                if (e.manner()) {
                    how[e.index()] = how[e.index()] == null ? new ArrayList<>(spans) : how[e.index()];
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
            manner[i] = firstUnvetoed(how[i], vetoed[i]) >= 0;
            vetoedAny[0] |= found[i] != null && first[i] < 0;
        }
        return named;
    }

    /**
     * Vetoes the one-word spans that describe a thing rather than the teacher ({@link AttributiveUse}): the
     * "flexibel" of "Flexibel lesplan voor ..." names no attitude.
     */
    private void vetoAttributive(AnalyzedText text, List<int[]> spans, List<int[]>[] vetoed, int index) {
        for (int[] span : spans) {
            if (span[0] == span[1] && attributive.describesThing(text, span[0])) {
                if (vetoed[index] == null) {
                    vetoed[index] = new ArrayList<>(2);
                }
                vetoed[index].add(span);
            }
        }
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
     * Whether a word of the span ends as an infinitive (-n): a noun of the verb's stem ("een opmerking als" for
     * "opmerken als") is no infinitive voice.
     */
    private static boolean writtenAsInfinitive(AnalyzedText text, int[] span) {
        for (int i = span[0]; i <= span[1]; i++) {
            if (text.words().get(i).surface().endsWith("n")) {
                return true;
            }
        }
        return false;
    }
}
