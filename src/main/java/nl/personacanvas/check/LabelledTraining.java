package nl.personacanvas.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled statements in the evaluation format (JSON Lines: id, activity, quadrant, attitudes, text,
 * also_accept), written by people who never saw the checker, as training data for both trained models. The
 * sets are listed in {@code labelled-training.txt}; each statement teaches the attitude model what it expresses
 * and the quadrant classifier where it belongs, so one labelled file feeds both and keeps its ids.
 */
final class LabelledTraining {
    static final String LIST = "labelled-training.txt";

    private LabelledTraining() {
    }

    /** Every statement of the sets the list names, in the order listed. */
    static List<LabelledStatement> load() {
        List<LabelledStatement> result = new ArrayList<>();
        for (String name : ResourceText.lines(LIST)) {
            try (InputStream in = LabelledTraining.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing labelled training set " + name);
                }
                result.addAll(new LabelledStatementReader().read(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result;
    }

    /**
     * The attitude model's examples: a statement with attitudes is an example of each of them (wherever it was
     * placed: "Bedenkt steeds weer ..." may sit in Ontwerpen and still be creatief); a task statement of the three
     * activity quadrants is a "none" example. A generic statement teaches nothing here: it is generic because it
     * is too general or another person's task, which the cues and actors decide, not because it names no attitude
     * ("Blijft rustig onder druk" is too general for lack of anything international, not for lack of an attitude).
     */
    static List<AttitudeModel.Example> attitudeExamples(List<LabelledStatement> statements) {
        List<AttitudeModel.Example> result = new ArrayList<>();
        for (LabelledStatement s : statements) {
            if (!s.attitudes().isEmpty()) {
                s.attitudes().forEach(a -> result.add(new AttitudeModel.Example(a, s.text())));
            } else if (s.placement() != Placement.GENERIC && s.placement() != Placement.ATTITUDE) {
                result.add(new AttitudeModel.Example(null, s.text()));
            }
        }
        return result;
    }

    /**
     * The quadrant classifier's examples: every statement placed in a quadrant. Generic ones are left out, as in
     * {@code training-statements.txt}: the classifier is asked only where a statement belongs once the actors and
     * cues have found it to be the teacher's and international, so a too-general statement would only blur it.
     */
    static List<QuadrantClassifier.Example> quadrantExamples(List<LabelledStatement> statements) {
        List<QuadrantClassifier.Example> result = new ArrayList<>();
        for (LabelledStatement s : statements) {
            s.placement().quadrant().map(q -> new QuadrantClassifier.Example(q, s.text())).ifPresent(result::add);
        }
        return result;
    }
}
