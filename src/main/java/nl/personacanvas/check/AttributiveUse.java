package nl.personacanvas.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells an attitude adjective that describes a thing from one that describes the teacher. Before a noun it is
 * attributive, and the noun is what it describes: "Flexibel lesplan voor ...", "Proactieve belrondjes naar ...",
 * "Creatieve opdracht over ..." name a thing the teacher designs, runs or organises, a task. Only a noun of the
 * teacher's disposition or a person keeps the attitude ("Open houding naar ...", "Flexibele instelling",
 * "Creatieve geest", "Proactieve collega"). Without a noun after it, the adjective says what the teacher is or
 * how the teacher acts ("Flexibel als ...", "Creatief in het bedenken van ...", "Flexibel inspelen op ...").
 */
final class AttributiveUse {
    /** The section of {@code attitudes.txt} that lists the nouns of the teacher's disposition and of persons. */
    static final String TEACHER_NOUNS = "teacher nouns";
    /** The section of {@code attitudes.txt} that lists prepositions the analyser does not count function words. */
    static final String PREPOSITIONS = "prepositions";
    /** An adjective before a noun takes an -e (de flexibele planning); "open" and the -en adjectives never do. */
    private static final String INFLECTION = "e";
    /**
     * Endings of a word after an uninflected adjective that is no noun: the adjective is then an adverb or one of
     * two adjectives ("Flexibel inspelen op", "Open en eerlijk", "Flexibel inzetbaar", "Creatief ingesteld").
     */
    private static final List<String> NOT_NOUN_ENDINGS = List.of("en", "baar", "ig", "lijk", "isch", "ief", "end",
            "ende");
    private static final String PAST_PARTICIPLE = "ge";
    private static final String SPACE = " ";
    private static final String HYPHEN = "-";
    private static final String VERB_ENDING = "t";
    /** The shortest noun of the teacher that is also read as the head of a compound. */
    private static final int MIN_HEAD = 5;

    private final Set<String> teacherNouns;
    private final Set<String> people;
    private final Set<String> clauseBoundaries;
    private final Set<String> prepositions;
    /**
     * Per distinct word, what it is as the word after an attitude adjective: everything {@link #describesThing}
     * asks of that word depends on the word alone (its stem, surface, class), so it is worked out once per word
     * instead of for every statement and every adjective it follows (the teacher nouns are tried one by one).
     */
    private final WordSlots<Following> following = new WordSlots<>(this::following);

    /** What a word is when it follows an attitude adjective. */
    private enum Following {
        /** It ends the noun phrase or keeps the attitude: a function word, particle, clause word, preposition,
         * person or noun of the teacher. */
        KEEPS,
        /** A thing's noun, as far as its ending tells. */
        NOUN,
        /** An adverb, a second adjective or a participle by its ending, not a noun. */
        NOT_NOUN
    }

    /** @param sections the sections of {@code attitudes.txt} */
    AttributiveUse(Map<String, List<String>> sections, TextAnalyzer analyzer) {
        // As written and as stems: "manieren" has the stem of "manier", "werkhouding" ends with "houding" as written.
        Set<String> nouns = new HashSet<>(sections.get(TEACHER_NOUNS));
        nouns.addAll(SentenceShape.firstStems(sections.get(TEACHER_NOUNS), analyzer));
        this.teacherNouns = Set.copyOf(nouns);
        this.people = SentenceShape.firstStems(sections.get(SentenceShape.PEOPLE), analyzer);
        // "Flexibel wanneer ...": a conjunction is no noun, whether or not the analyser counts it a function word.
        this.clauseBoundaries = SentenceShape.firstStems(sections.get(SentenceShape.CLAUSE_BOUNDARIES), analyzer);
        this.prepositions = Set.copyOf(sections.get(PREPOSITIONS));
    }

    /** Whether the one-word attitude expression at {@code index} describes a thing, the noun after it. */
    boolean describesThing(AnalyzedText text, int index) {
        List<Word> words = text.words();
        if (index + 1 >= words.size()) {
            return false;
        }
        Word adjective = words.get(index);
        Word noun = words.get(index + 1);
        // An adjective after a content word is a predicate or adverb ("Reageert proactief zodra ...", "Geeft
        // eerlijk toe"); one that opens a noun phrase stands first or after a function word ("een", "voor").
        boolean opensNounPhrase = index == 0 || words.get(index - 1).stop();
        if (!opensNounPhrase) {
            return false;
        }
        Following next = following.of(noun);
        if (next == Following.KEEPS) {
            return false;
        }
        if (joined(text.text(), adjective.surface(), noun.surface(), HYPHEN)) {
            // A compound written with a hyphen is the thing its last part names: "Empathie-oefening",
            // "Veerkracht-opdracht" are an exercise and an assignment.
            return true;
        }
        if (!joined(text.text(), adjective.surface(), noun.surface(), SPACE)) {
            return false;
        }
        boolean inflected = adjective.surface().endsWith(INFLECTION) && !adjective.stem().endsWith(INFLECTION);
        // An uninflected word in -t that opens a statement is a verb ("Respecteert lokale gewoontes").
        return inflected || !adjective.surface().endsWith(VERB_ENDING) && next == Following.NOUN;
    }

    private Following following(Word noun) {
        if (noun.stop() || noun.particle() >= 0 || clauseBoundaries.contains(noun.stem())
                || prepositions.contains(noun.surface())
                || people.contains(noun.stem()) || ofTheTeacher(noun.stem()) || ofTheTeacher(noun.surface())) {
            return Following.KEEPS;
        }
        return looksLikeNoun(noun.surface()) ? Following.NOUN : Following.NOT_NOUN;
    }

    /**
     * Whether the two words stand side by side in the text as written, joined by {@code joint}: other punctuation
     * between them ends the phrase ("Creatief: haalt ...", "Open-minded; durft ...").
     */
    private static boolean joined(String text, String first, String second, String joint) {
        return WrittenText.folded(text).contains(first + joint + second);
    }

    private boolean ofTheTeacher(String word) {
        // A compound ends with its head: werkhouding, leerhouding and basishouding are a houding. A short noun
        // matches only itself ("oor" is not the head of "kantoor").
        for (String noun : teacherNouns) {
            if (word.equals(noun) || noun.length() >= MIN_HEAD && word.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeNoun(String surface) {
        for (String ending : NOT_NOUN_ENDINGS) {
            if (surface.endsWith(ending)) {
                return false;
            }
        }
        boolean participle = surface.contains(PAST_PARTICIPLE) && (surface.endsWith("t") || surface.endsWith("d"));
        return !participle;
    }
}
