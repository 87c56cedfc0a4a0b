package nl.personacanvas.check;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Where a statement's clauses start and end, read from its words and, where it matters, from the punctuation of the
 * written text (the analyser keeps none): the word that opens a following clause ({@code [clause boundaries]} of
 * {@code attitudes.txt}: "als", "zodat", "die" ...), a conjunction of condition or time that opens the situation a
 * behaviour answers to, the main clause after a leading subordinate one, and the clauses' numbers per word. Its
 * words are grammar, not vocabulary. Immutable.
 */
final class Clauses {
    /** Words the situation's conjunction must stand after: the behaviour comes first. */
    private static final int SITUATION_FROM = 2;
    /** "als eerste", "als enige": a comparison, not the conjunction of a clause or a situation. */
    private static final Set<String> RANKS = Set.of("eerste", "enige", "laatste", "tweede");
    private static final String AS = "als";
    /** "die van de partnerschool", "dat van ...": a demonstrative (those of), not a relative clause. */
    private static final String OF = "van";
    /**
     * Finite verbs that are function words: a situation's clause has a verb ("als de bus niet komt", "als er een
     * stagiair ziek wordt"); "als" without one compares or names an example ("onderwerpen als migratie", "als
     * opdracht").
     */
    private static final Set<String> FINITE_FUNCTION_WORDS = Set.of("is", "zijn", "wordt", "worden", "heeft",
            "hebben", "kan", "kunnen", "wil", "willen", "moet", "moeten", "mag", "mogen", "zal", "zullen", "was",
            "waren", "had", "hadden", "gaat", "gaan", "komt", "komen", "blijkt", "lijkt");
    /** "Als ..., dan ...": the main clause after "dan" (not the "dan" of a comparison: "meer dan", "anders dan"). */
    private static final String THEN = "dan";
    private static final Set<String> COMPARING = Set.of("anders", "ander", "andere", "liever", "eerder", "meer",
            "minder", "beter");
    /** The subject after the main clause's verb: a leading clause inverts it ("..., past zij ..."). */
    private static final Set<String> SUBJECTS = Set.of("zij", "hij", "ze", "ik", "we", "wij", "je", "u");
    /** Punctuation in the written text that ends a clause. */
    private static final String BREAKS = ",;:?!–";
    /** Marks that end an event told before what the teacher did. */
    private static final String TOLD_MARKS = ".:;";
    private static final char GREEK_QUESTION_MARK = '\u037E';
    private static final char COMMA = ',';
    private static final char QUESTION = '?';
    private static final int[] NO_COMMAS = new int[0];
    /** Relative pronouns: "Weet [groepen die elkaar mijden] ... te krijgen", "die van ...". */
    static final Set<String> RELATIVES = Set.of("die", "dat", "waar");

    private final Set<String> boundaries;

    Clauses(Set<String> boundaries) {
        this.boundaries = Set.copyOf(boundaries);
    }

    /**
     * Whether the statement describes behaviour in a situation ("Pikt het snel op als ...", "Gooit het programma
     * om wanneer ..."): a conjunction of condition or time after the opening words.
     */
    boolean inSituation(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = SITUATION_FROM; i < words.size(); i++) {
            if (words.get(i).is(WordClass.SITUATION) && !comparison(words, i) && hasVerb(words, i + 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a finite verb stands from {@code from} on: a verb among the function words, or a content word in -t
     * or -en (the word right after the conjunction is its subject, so the caller starts one further: "als
     * studenten ..." is not yet a verb, "als opdracht" has none).
     */
    private static boolean hasVerb(List<Word> words, int from) {
        for (int i = from; i < words.size(); i++) {
            Word w = words.get(i);
            String s = w.surface();
            if (FINITE_FUNCTION_WORDS.contains(s)
                    || !w.stop() && s.length() >= 3 && (s.endsWith("t") || s.endsWith("en"))) {
                return true;
            }
        }
        return false;
    }

    /** "als eerste", "als enige": "als" compares, it opens no clause. */
    private static boolean comparison(List<Word> words, int i) {
        return words.get(i).surface().equals(AS) && i + 1 < words.size() && RANKS.contains(words.get(i + 1).surface());
    }

    /** The index of the first clause word from {@code from} on ("als", "zodat" ...), or the word count. */
    int clauseEnd(AnalyzedText text, int from) {
        List<Word> words = text.words();
        for (int i = from; i < words.size(); i++) {
            String s = words.get(i).surface();
            if (boundaries.contains(s) && !comparison(words, i)
                    && !(RELATIVES.contains(s) && i + 1 < words.size() && words.get(i + 1).surface().equals(OF))) {
                return i;
            }
        }
        return words.size();
    }

    /** Whether the statement opens with a word a leading clause opens with ({@link #mainClause} may find one). */
    static boolean opensWithClause(List<Word> words) {
        return words.size() > 2 && words.get(0).is(WordClass.LEADING) && !comparison(words, 0);
    }

    /**
     * For a statement that opens with a subordinate clause or a situation ({@link #opensWithClause}), the index of
     * its main clause's first word, else 0. The main clause starts after the first comma ({@code commas}: the index of
     * the word after each) followed by a finite verb or "dan" ("Als de student naar Suriname gaat, past zij ..."; a
     * comma in a list, "als studenten naar Polen, Spanje ... gaan, ...", is followed by none); without a comma
     * after "dan", or at the verb before an inverted subject ("Als een student ziek wordt belt zij ...").
     */
    static int mainClause(List<Word> words, int[] commas) {
        if (!opensWithClause(words)) {
            return 0;
        }
        for (int c : commas) {
            if (c >= 2 && c < words.size() && opensMainClause(words, c)) {
                return words.get(c).surface().equals(THEN) && c + 1 < words.size() ? c + 1 : c;
            }
        }
        for (int i = 2; i + 1 < words.size(); i++) {
            String s = words.get(i).surface();
            if (s.equals(THEN) && !COMPARING.contains(words.get(i - 1).surface()) && !words.get(i - 1).surface().endsWith("er")) {
                return i + 1;
            }
            // "Bij een bezoek ... wil ik ...": a finite function word before the subject inverts it as well.
            if ((!words.get(i).stop() || FINITE_FUNCTION_WORDS.contains(s)) && SUBJECTS.contains(words.get(i + 1).surface())) {
                return i;
            }
        }
        return 0;
    }

    /**
     * For a statement that does not open with a conjunction, the index of the main clause after a condition written
     * as a verb-first clause ("Is een student ... minder fit, dan schuif ik ...", "Haakt een bedrijf af, dan ga ik
     * ...") or as a question ("Geen geld voor een gastspreker? Dan bel ik ..."), else 0: the main clause is "dan", a
     * verb and its subject after a comma or a question mark; after a comma only when the statement opens with a
     * finite verb (so "Ik bel de student, dan weet ik ..." keeps its opening).
     */
    static int afterInvertedCondition(String text, List<Word> words) {
        if (words.size() < 5) {
            return 0;
        }
        String[] gaps = null;
        for (int i = 2; i + 2 < words.size(); i++) {
            if (words.get(i).surface().equals(THEN) && SUBJECTS.contains(words.get(i + 2).surface())) {
                // The written text is only read where the words allow the form: most statements have no "dan".
                gaps = gaps == null ? gaps(text, words) : gaps;
                if (gaps[i].indexOf(QUESTION) >= 0 || gaps[i].indexOf(COMMA) >= 0 && opensWithVerb(words)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** Whether the first word is a finite verb: a function verb ("Is", "Wil") or a content word in -t ("Loopt"). */
    private static boolean opensWithVerb(List<Word> words) {
        Word w = words.get(0);
        String s = w.surface();
        return FINITE_FUNCTION_WORDS.contains(s) || !w.stop() && s.length() >= 4 && s.endsWith("t");
    }

    /** Whether the word at {@code i} (after a comma) opens a main clause: "dan", a finite verb, a verb + subject. */
    private static boolean opensMainClause(List<Word> words, int i) {
        Word w = words.get(i);
        String s = w.surface();
        return s.equals(THEN) || FINITE_FUNCTION_WORDS.contains(s)
                || i + 1 < words.size() && SUBJECTS.contains(words.get(i + 1).surface())
                || !w.stop() && s.length() >= 3 && s.endsWith("t");
    }

    /**
     * Per word of {@code text} the number of its clause, from 0: a new clause starts after ",", ";", ":", "?", "!"
     * or a dash in the written text, and at a coordinating or subordinating word ("en", "maar", "als", "omdat" ...).
     * A statement that carries two attitudes often gives each its own clause ("Blijft kalm als ..., en houdt
     * iedereen aan boord"), so a clause the lexicon named nothing in may name a second attitude.
     */
    static int[] numbers(AnalyzedText text) {
        List<Word> words = text.words();
        String[] gaps = gaps(text.text(), words);
        int[] clause = new int[words.size()];
        int number = 0;
        for (int i = 1; i < words.size(); i++) {
            if (hasAny(gaps[i], BREAKS) || words.get(i).is(WordClass.JOINS)) {
                number++;
            }
            clause[i] = number;
        }
        return clause;
    }

    /**
     * Per comma of the written text, the index of the word after it: where a leading subordinate clause may end
     * ({@link #mainClause}).
     */
    static int[] commas(String text, List<Word> words) {
        // The gaps are cut from the folded text, and no character folds to a comma but the comma itself (every code
        // point checked, session 24): a statement written without one (most) has none, and needs no gaps cut.
        if (text.indexOf(COMMA) < 0) {
            return NO_COMMAS;
        }
        String[] gaps = gaps(text, words);
        return IntStream.range(1, words.size()).filter(i -> gaps[i].indexOf(COMMA) >= 0).toArray();
    }

    /**
     * Per word, what is written between it and the word found before it (punctuation, spaces), "" for the first.
     * Each word is found again in the written text, folded as the analyser folds, in order; a word not found there
     * (one a synonym rule wrote) gets "", and its gap goes to the next word found.
     */
    static String[] gaps(String text, List<Word> words) {
        String written = WrittenText.folded(text);
        String[] gaps = new String[words.size()];
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            String surface = words.get(i).surface();
            int found = surface.isEmpty() ? -1 : written.indexOf(surface, at);
            if (found >= 0) {
                // A mark before the first word ("- Zoekt ...", "...en") ends no clause of this statement.
                gaps[i] = written.substring(i == 0 ? found : Math.min(Math.max(at, 1), found), found);
                at = found + surface.length();
            } else {
                gaps[i] = "";
            }
        }
        return gaps;
    }

    /**
     * The first word after a full stop, colon or semicolon with two words or more before it, else 0: where a
     * statement that first tells what happened ("Medicijnen kwijt in Kopenhagen: ...", "Staking bij de Deutsche Bahn,
     * groep vast in Hamburg. ...") goes on to what the teacher did (session 22, att22).
     */
    static int toldBreak(AnalyzedText text) {
        if (!markBeforeMore(text.text())) {
            return 0;
        }
        List<Word> words = text.words();
        String[] gaps = gaps(text.text(), words);
        for (int i = 2; i < words.size(); i++) {
            if (hasAny(gaps[i], TOLD_MARKS)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Whether a full stop, colon or semicolon stands before something more than blanks and marks: without one, no gap
     * before a word holds one, and cutting out every gap (2 % of a cold check, session 22's bench) is spared. The Greek
     * question mark is folded to a semicolon, so it counts too.
     */
    static boolean markBeforeMore(String text) {
        // Read from the end: such a mark stands before more exactly when one stands before the last character that
        // is neither a mark nor a blank. Most statements end in a full stop and hold no other mark, so the text is
        // read once with plain comparisons (session 23, speed23: the former pass asked TOLD_MARKS of every character).
        int last = text.length() - 1;
        while (last >= 0 && (toldMark(text.charAt(last)) || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            if (toldMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** One of {@link #TOLD_MARKS}, or the Greek question mark (folded to a semicolon). */
    private static boolean toldMark(char c) {
        return c == '.' || c == ':' || c == ';' || c == GREEK_QUESTION_MARK;
    }

    private static boolean hasAny(String gap, String marks) {
        for (int c = 0; c < gap.length(); c++) {
            if (marks.indexOf(gap.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
