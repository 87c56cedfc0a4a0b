package nl.personacanvas.check;

import java.util.List;

/**
 * What the attitude model ({@link AttitudeModel}) reads in a statement: every word's stem and compound parts, a
 * word right after a negation apart, and the main clause's opening content word apart again. Training numbers the
 * features ({@link AttitudeTraining}), the shipped weights are keyed by them as text ({@link AttitudeWeights}), and
 * the model sums their weights in the same walk.
 */
final class AttitudeFeatures {
    /** A word right after "niet", "geen" or "nooit" is a feature apart: "niet weetgierig" is not weetgierig. */
    static final int NEGATED = 1 << 29;
    /**
     * "ik" is no feature: who writes says nothing of which attitude, and the examples, nearly all in the third
     * person, would else teach it as a mark of whichever class the few first-person ones have (session 17, att17).
     */
    static final String FIRST_PERSON = "ik";
    static final int NEGATION_REACH = 2;
    /** The opening word is a feature apart from the same word elsewhere ("Durft ..." says more than "durft"). */
    static final int HEAD = 1 << 30;

    private AttitudeFeatures() {
    }

    /** Receives a statement's features one by one. */
    interface FeatureSink {
        /**
         * @param feature the feature as the model numbers it (a stem number, marked as opening or negated)
         * @param key     the same as text ("word begeleid", "opening durf", "negated oordeel"): what the shipped
         *                weights are keyed by, since stem numbers depend on the order the analyser met the stems
         */
        void accept(int feature, String key);
    }

    /**
     * The features of a statement, as {@link AttitudeModel#probabilities(AnalyzedText)} sums them: every word's stem and
     * compound parts (apart when negated), and the opening content word.
     */
    static void features(AnalyzedText text, FeatureSink sink) {
        List<Word> words = text.words();
        int negation = -NEGATION_REACH - 1;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (FIRST_PERSON.equals(w.surface())) {
                continue;
            }
            boolean negated = i - negation <= NEGATION_REACH;
            int kind = negated ? NEGATED : 0;
            String prefix = negated ? "negated " : "word ";
            sink.accept(kind | w.id(), prefix + w.stem());
            for (int p = 0; p < w.partIds().length; p++) {
                sink.accept(kind | w.partIds()[p], prefix + w.parts().get(p));
            }
            negation = w.is(WordClass.NEGATION) ? i : negation;
        }
        int opening = opening(text);
        if (opening >= 0) {
            sink.accept(HEAD | words.get(opening).id(), "opening " + words.get(opening).stem());
        }
    }

    /**
     * The first content word of the main clause: past a leading subordinate clause ("Als een student ..., dan ga
     * ik ...", {@link AnalyzedText#mainClause()}), where the lexicon reads the opening too. The situation's first
     * noun ("student") says nothing of how the teacher behaves in it; the main clause's verb does.
     */
    static int opening(AnalyzedText text) {
        List<Word> words = text.words();
        for (int i = text.mainClause(); i < words.size(); i++) {
            if (!words.get(i).stop()) {
                return i;
            }
        }
        return -1;
    }
}
