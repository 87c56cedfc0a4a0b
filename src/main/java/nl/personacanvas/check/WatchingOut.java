package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher watching out for who drops out, away from the lesson: "blijven letten op wie afhaakt of te veel
 * drinkt", "let ik erop wie er in de pauze alleen zit", "Ik let er 's avonds in het hostel ... op wie stil wordt".
 * The lexicon's alert words ("let goed op", "in de gaten") are not in them and the classifier reads a task, yet the
 * readable sets label every such statement alert (A4, H57, R20A). In a lesson the same words manage the talk
 * ("let bij groepsopdr. op wie stil blijft ... en geeft die bewust het woord", "Zet de practicumgroepjes ... en let op
 * wie er aan het woord komt": tasks), so a statement with a lesson's words is not read. {@link BehaviourAttitudes}
 * counts it as behaviour and names alert where nothing else named one (session 23, att23).
 */
final class WatchingOut {
    static final List<String> ATTITUDES = List.of("alert");
    /** Who: a person watched for, not a thing ("let op de veiligheid", "let erop of de papieren ..."). */
    private static final String WHO = "wie";
    private static final int STATE_REACH = 8;
    /** The watch is the statement's first deed: "Zet ... en let op wie ..." watches within a task. */
    private static final String AND = "en";
    private static final int ON_REACH = 10;
    private static final Set<String> LESSON_STARTS = Set.of("opdracht", "groepsopdr", "practicum");

    private WatchingOut() {
    }

    /** Whether the statement has the teacher watch out for who drops out, outside a lesson. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).is(WordClass.WATCH)) {
                return watchesWho(words, i) && firstDeed(text, words, i) && !inLesson(words);
            }
        }
        return false;
    }

    private static boolean watchesWho(List<Word> words, int watch) {
        for (int i = watch + 1; i + 1 < Math.min(words.size(), watch + 2 + ON_REACH); i++) {
            if (words.get(i).is(WordClass.WATCH_ON)) {
                return WHO.equals(words.get(i + 1).surface()) && droppingOut(words, i + 2);
            }
        }
        return false;
    }

    private static boolean droppingOut(List<Word> words, int from) {
        for (int i = from; i < Math.min(words.size(), from + STATE_REACH); i++) {
            if (words.get(i).is(WordClass.DROPPING_OUT)) {
                return true;
            }
        }
        return false;
    }

    /** No "en" and no comma before the watch: it is what the statement is about, not a task's second clause. */
    private static boolean firstDeed(AnalyzedText text, List<Word> words, int watch) {
        for (int i = 0; i < watch; i++) {
            if (AND.equals(words.get(i).surface())) {
                return false;
            }
        }
        for (int comma : Clauses.commas(text.text(), words)) {
            if (comma <= watch) {
                return false;
            }
        }
        return true;
    }

    private static boolean inLesson(List<Word> words) {
        for (Word w : words) {
            if (w.is(WordClass.WATCH_LESSON)) {
                return true;
            }
            String s = w.surface();
            for (String start : LESSON_STARTS) {
                if (s.startsWith(start)) {
                    return true;
                }
            }
        }
        return false;
    }
}
