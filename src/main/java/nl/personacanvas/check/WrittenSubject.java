package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher written as the subject before the statement's first verb: the persona's name ("Anouk is ..."), "De docent
 * is ...", "Mijn collega (Erik) is ..." (session 29, att29). Notes about a named colleague or "de docent" say what the
 * teacher is as "Zij is ..." does, so {@link SentenceShape} passes the subject over to find the leading verb. Only at the
 * very start of a statement: after a leading clause the subject stands behind its verb ("Toen ..., was Anouk ..."). It
 * also tells whether the predicate is about a task after all ({@code written-subject.txt}'s task settings, "dus").
 */
final class WrittenSubject {
    /** The teacher's role as the subject, after "de". */
    private static final Set<String> ROLES = Set.of("docent", "docente", "leraar", "lerares", "begeleider",
            "mentor", "coach", "collega");
    private static final String THE = "de";
    /** "Mijn collega Erik": a colleague of the writer's, the canvas's persona. */
    private static final Set<String> OWN = Set.of("mijn", "onze");
    private static final String COLLEAGUE = "collega";
    /** The file and section of the predicate's task settings ({@link #aboutATask}). */
    private static final String RESOURCE = "written-subject.txt";
    private static final String TASK_SETTINGS = "task settings";
    /** A clause after the predicate that tells what is done because of the attitude ({@link #aboutATask}). */
    private static final String THEREFORE = "dus";

    /** The stems of {@code written-subject.txt}'s task settings. */
    private final Set<String> taskSettings;

    WrittenSubject(TextAnalyzer analyzer) {
        this.taskSettings = SentenceShape.firstStems(Sections.read(RESOURCE).get(TASK_SETTINGS), analyzer);
    }

    /**
     * Whether the predicate from {@code from} to {@code end} sets the attitude in a lesson or a meeting (a task setting's
     * stem or compound part: "is creatief met de lessen ...", "is alert in het driegesprek"), or the clause at {@code end}
     * or before it opens with "dus" ("Samira is nieuwsgierig naar alle thuistalen, dus op maandag schrijft elke cursist
     * ...", H69-008, deliver: the attitude is the reason, what is done because of it the note's point).
     */
    boolean aboutATask(List<Word> words, int from, int end) {
        for (int i = from; i <= end && i < words.size(); i++) {
            Word w = words.get(i);
            if (THEREFORE.equals(w.surface())) {
                return true;
            }
            if (i < end && !w.stop()
                    && (taskSettings.contains(w.stem()) || w.parts().stream().anyMatch(taskSettings::contains))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the word after the written subject that opens the statement, or 0 where it opens otherwise. A name
     * is a capitalised word that is no function word or pronoun ("Is ...", "Zij ..." are none); whether the analyser
     * knows it says nothing ("Fatma" is in the word list), and in the readable sets every capitalised first word before
     * "is", "blijft" or "weet" that is no pronoun is a name. {@link SentenceShape} asks only before a leading verb.
     */
    static int end(AnalyzedText text) {
        List<Word> words = text.words();
        if (text.mainClause() != 0 || words.size() < 3) {
            return 0;
        }
        String first = words.get(0).surface();
        if (THE.equals(first) && ROLES.contains(words.get(1).surface())) {
            return 2;
        }
        if (OWN.contains(first) && COLLEAGUE.equals(words.get(1).surface())) {
            return isName(text, 2) ? 3 : 2;
        }
        String raw = text.text().strip();
        return !raw.isEmpty() && Character.isUpperCase(raw.codePointAt(0)) && isName(text, 0) ? 1 : 0;
    }

    private static boolean isName(AnalyzedText text, int at) {
        Word word = text.words().get(at);
        return !word.stop() && !word.is(WordClass.SUBJECT_PRONOUN) && startsCapitalised(text.text(), word.surface());
    }

    /** Whether the word stands capitalised in the text as written (the analysed surface is lower case). */
    private static boolean startsCapitalised(String raw, String surface) {
        int at = raw.toLowerCase(java.util.Locale.ROOT).indexOf(surface);
        return at >= 0 && Character.isUpperCase(raw.codePointAt(at));
    }
}
