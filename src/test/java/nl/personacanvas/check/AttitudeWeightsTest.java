package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The attitude model's shipped weights ({@code attitude-weights.txt}): the lexicons read them instead of fitting, they
 * are exactly what a fresh fit on the current examples gives, and weights fitted on other examples are never used.
 */
class AttitudeWeightsTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final List<AttitudeModel.Example> EXAMPLES = Lexicons.attitudeExamples(LabelledTraining.load());
    private static final AttitudeTraining.Examples CURRENT = examples(EXAMPLES);
    private static final String STALE = "the shipped attitude weights were fitted on other examples or another fit than"
            + " the current ones (the checker now trains the model at each start): run packaging/attitude-weights.sh and"
            + " commit src/main/resources/nl/personacanvas/check/attitude-weights.txt";

    private static AttitudeTraining.Examples examples(List<AttitudeModel.Example> examples) {
        return AttitudeTraining.examples(examples, lexicons.attitudes.names(), lexicons.analyzer);
    }

    @Test
    void theShippedWeightsWereFittedOnTheCurrentExamples() {
        assertThat(AttitudeWeights.bundled().digest()).as(STALE).isEqualTo(CURRENT.digest());
        assertThat(lexicons.attitudeModel.shipped()).as(STALE).isTrue();
    }

    /** Equal digests must mean equal weights: a change of the fit's code that keeps its settings fails here. */
    @Test
    void aFreshFitEqualsTheShippedWeightsExactly() {
        SoftmaxRegression.Fit shipped = AttitudeWeights.bundled().matching(CURRENT);
        SoftmaxRegression.Fit fresh = AttitudeTraining.fitted(CURRENT);

        assertThat(shipped).as(STALE).isNotNull();
        assertThat(shipped.weights()).as(STALE).hasSize(CURRENT.keys().size() * CURRENT.classes().size())
                .containsExactly(fresh.weights());
        assertThat(shipped.bias()).as(STALE).containsExactly(fresh.bias());
    }

    /** The model read from the file says exactly what the model trained as before says, on every example. */
    @Test
    void theShippedModelDecidesAsTheTrainedOne() {
        AttitudeModel trained = new AttitudeModel(EXAMPLES, lexicons.attitudes.names(), lexicons.analyzer,
                AttitudeWeights.NONE);

        assertThat(trained.shipped()).isFalse();
        for (AttitudeModel.Example example : EXAMPLES) {
            AnalyzedText text = lexicons.analyzer.analyze(example.text());
            assertThat(lexicons.attitudeModel.probabilities(text)).as(example.text())
                    .containsExactly(trained.probabilities(text));
        }
    }

    /** One example less, one reworded, or one labelled otherwise: another digest, so the model trains. */
    @Test
    void weightsFittedOnOtherExamplesAreNotRead() {
        List<AttitudeModel.Example> fewer = new ArrayList<>(EXAMPLES.subList(1, EXAMPLES.size()));
        List<AttitudeModel.Example> reworded = new ArrayList<>(EXAMPLES);
        AttitudeModel.Example first = reworded.get(0);
        reworded.set(0, new AttitudeModel.Example(first.attitude(), first.text() + " bij de stage in Gent"));
        List<AttitudeModel.Example> relabelled = new ArrayList<>(EXAMPLES);
        relabelled.set(0, new AttitudeModel.Example(null, first.text()));

        for (List<AttitudeModel.Example> other : List.of(fewer, reworded, relabelled)) {
            AttitudeTraining.Examples examples = examples(other);
            assertThat(examples.digest()).isNotEqualTo(CURRENT.digest());
            assertThat(AttitudeWeights.bundled().matching(examples)).isNull();
        }
        assertThat(new AttitudeModel(fewer, lexicons.attitudes.names(), lexicons.analyzer).shipped()).isFalse();
    }

    /** Rows are found by their feature's text, not by their place in the file; a file with another digest is not read. */
    @Test
    void rowsAreKeyedByTheirFeatureAndTheDigestGuardsTheFile() {
        List<String> lines = AttitudeWeights.lines(CURRENT, AttitudeTraining.fitted(CURRENT));
        int header = 1 + lines.indexOf(lines.stream().filter(line -> line.startsWith(AttitudeWeights.CLASSES)).findFirst()
                .orElseThrow());
        List<String> rows = new ArrayList<>(lines.subList(header, lines.size()));
        Collections.shuffle(rows, new Random(5));
        List<String> shuffled = new ArrayList<>(lines.subList(0, header));
        shuffled.addAll(rows);

        SoftmaxRegression.Fit read = AttitudeWeights.of(String.join("\n", shuffled)).matching(CURRENT);
        assertThat(read).isNotNull();
        assertThat(read.weights()).containsExactly(AttitudeWeights.bundled().matching(CURRENT).weights());

        String otherDigest = String.join("\n", lines).replace(AttitudeWeights.DIGEST + CURRENT.digest(),
                AttitudeWeights.DIGEST + "0".repeat(64));
        assertThat(AttitudeWeights.of(otherDigest).matching(CURRENT)).isNull();
        assertThat(AttitudeWeights.NONE.matching(CURRENT)).isNull();
    }

    @Test
    void featuresAreWrittenAsText() {
        assertThat(CURRENT.keys()).allMatch(key -> key.matches("(word|opening|negated) \\S+"))
                .contains("opening durft", "negated oordel").doesNotHaveDuplicates();
    }
}
