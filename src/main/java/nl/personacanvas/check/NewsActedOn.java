package nl.personacanvas.check;

import java.util.List;
import java.util.Set;

/**
 * The teacher acting at once, on their own, on news of practice elsewhere read or heard: "Als ik lees dat ..., stuur
 * ik dat meteen door", "Toen ik hoorde dat een school in ... had, heb ik ons meteen aangemeld", "las over ... en had
 * binnen een week zelf ... gemaild", "Gaat er zelf achteraan als hij hoort dat ...", "Na een filmpje over ...
 * mailde ze diezelfde avond nog ...". The deed is a task's (mail, sign up, pass on) and the classifier reads one; what
 * makes it Houding is that nobody asked: the readable labelled statements of the shape are attitudes, 4 of 4
 * (H61, H87, R20A, R20B; proactief in three, ondernemend in the fourth, which accepts Organiseren). News about a
 * learner ("hoort dat een stagiair ...") is a person's state, read by {@link PersonRegard}, not news of practice.
 * {@link BehaviourAttitudes} counts it as behaviour and names proactief where nothing else named one (session 24,
 * att24).
 */
final class NewsActedOn {
    static final List<String> ATTITUDES = List.of("proactief");
    /** What follows the verb for news: "dat ...", "over ...". */
    private static final Set<String> ABOUT = Set.of("dat", "over");
    private static final int ABOUT_REACH = 2;
    /** The one who reads: the teacher, named or not; "studenten lezen" is a lesson. */
    private static final Set<String> SUBJECTS = Set.of("ik", "hij", "zij", "ze", "docent");
    /** "Na een filmpje over ...": the news as a thing seen or read. */
    private static final String AFTER = "na";
    private static final Set<String> MEDIA = Set.of("artikel", "artikeltje", "filmpje", "bericht", "nieuwsbericht",
            "podcast", "documentaire", "webinar", "reportage", "krantenartikel", "blog");
    private static final Set<String> LEARNERS = Set.of("student", "studente", "studenten", "stagiair", "stagiaire",
            "stagiairs", "cursist", "cursisten", "leerling", "leerlingen");
    private static final int LEARNER_REACH = 3;

    private NewsActedOn() {
    }

    /** Whether the teacher acts at once on news of practice read or heard. */
    static boolean read(AnalyzedText text) {
        List<Word> words = text.words();
        int news = newsAt(words);
        return news >= 0 && atOnce(words) && !aboutALearner(words, news) && !inLesson(words);
    }

    private static int newsAt(List<Word> words) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String s = w.surface();
            if (w.is(WordClass.NEWS) && teacherReads(words, i) && about(words, i)) {
                return i;
            }
            if (AFTER.equals(s) && i + 3 < words.size() && MEDIA.contains(words.get(i + 2).surface())
                    && "over".equals(words.get(i + 3).surface())) {
                return i + 2;
            }
        }
        return -1;
    }

    /** The teacher as the subject, before the verb or after it ("lees ik"), or a name opening the statement. */
    private static boolean teacherReads(List<Word> words, int verb) {
        return verb > 0 && SUBJECTS.contains(words.get(verb - 1).surface())
                || verb + 1 < words.size() && SUBJECTS.contains(words.get(verb + 1).surface()) || verb == 1;
    }

    private static boolean about(List<Word> words, int verb) {
        for (int j = verb + 1; j < Math.min(words.size(), verb + 2 + ABOUT_REACH); j++) {
            if (ABOUT.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }

    private static boolean atOnce(List<Word> words) {
        for (Word w : words) {
            if (w.is(WordClass.AT_ONCE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLesson(List<Word> words) {
        for (Word w : words) {
            if (w.is(WordClass.NEWS_LESSON)) {
                return true;
            }
        }
        return false;
    }

    private static boolean aboutALearner(List<Word> words, int news) {
        for (int j = news + 1; j < Math.min(words.size(), news + 2 + LEARNER_REACH); j++) {
            if (LEARNERS.contains(words.get(j).surface())) {
                return true;
            }
        }
        return false;
    }
}
