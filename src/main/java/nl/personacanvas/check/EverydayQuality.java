package nl.personacanvas.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells a bare everyday quality ("Blijft rustig onder druk", "Goed bereikbaar per mail en telefoon", "Blijft
 * positief") from an attitude the matrix means. Calm, reachability, patience or a positive mood are what any
 * good teacher has; the matrix's attitudes are about intercultural work, so such a quality is an attitude only
 * in a situation ("... als een discussie over geloof hoog oploopt") or towards the learners ("bereikbaar voor
 * stagiairs"); otherwise, with no international cue, the statement is too general. The words are in the
 * {@code [everyday qualities]}, {@code [situation words]} and {@code [learners]} sections of
 * {@code attitudes.txt}; they are grammar, not vocabulary.
 */
final class EverydayQuality {
    static final String QUALITIES = "everyday qualities";
    static final String SITUATION_WORDS = "situation words";
    static final String LEARNERS = "learners";
    /** How many words must follow a situation word for it to describe a situation ("als de bus niet komt"). */
    private static final int SITUATION_WORDS_AFTER = 3;

    /** A copula that opens a statement saying what the teacher is ("Is altijd punctueel", "Blijft vriendelijk"). */
    private static final Set<String> COPULAS = Set.of("is", "blijft", "ben", "blijf");
    /** The persona's pronoun before the copula: "Hij is ...", "Ik ben ...". */
    private static final Set<String> PRONOUNS = Set.of("hij", "zij", "ze", "ik");

    private final List<Phrase> qualities;
    private final Set<String> situationWords;
    private final Set<String> learners;

    EverydayQuality(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        this.qualities = sections.getOrDefault(QUALITIES, List.of()).stream().map(analyzer::phrase)
                .filter(p -> !p.stems().isEmpty()).toList();
        this.situationWords = Set.copyOf(sections.getOrDefault(SITUATION_WORDS, List.of()));
        this.learners = SentenceShape.firstStems(sections.get(LEARNERS), analyzer);
    }

    /**
     * Whether the statement speaks of an everyday quality with neither a situation nor the learners in it; the
     * caller asks only where an attitude was named, and decides with the international cues.
     */
    boolean bare(AnalyzedText text) {
        if (!mentionsQuality(text)) {
            return false;
        }
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (learners.contains(word.stem())
                    || situationWords.contains(word.surface()) && words.size() - i - 1 >= SITUATION_WORDS_AFTER) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the statement opens with a copula, after the persona's pronoun or not: it says what the teacher is, not
     * a task done in some manner ("Regelt de excursie betrouwbaar" is the trip's organising).
     */
    static boolean saidOfTeacher(AnalyzedText text) {
        List<Word> words = text.words();
        int first = !words.isEmpty() && PRONOUNS.contains(words.get(0).surface()) ? 1 : 0;
        return first < words.size() && COPULAS.contains(words.get(first).surface());
    }

    private boolean mentionsQuality(AnalyzedText text) {
        for (Phrase quality : qualities) {
            if (text.contains(quality)) {
                return true;
            }
        }
        return false;
    }
}
