package nl.personacanvas.check;

import java.util.List;

/**
 * Words for learners as written in a data file's section: a short one ("hen", "klas", "stud") counts only as itself, a
 * longer one also inside a word ("lasleerlingen", "stagiaires", "nieuwkomersklas").
 */
final class LearnerWords {
    private static final int SHORT = 4;

    private final List<String> words;

    LearnerWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** Whether the word is a learner's. */
    boolean is(String surface) {
        for (String w : words) {
            if (surface.equals(w) || w.length() > SHORT && surface.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any of the words is a learner's. */
    boolean in(List<Word> text) {
        return text.stream().anyMatch(w -> is(w.surface()));
    }
}
