package nl.personacanvas.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes {@code attitude-weights.txt}: the attitude model fitted afresh on the examples the lexicons train it on.
 * Not part of the normal test run: {@code packaging/attitude-weights.sh} runs it with {@code -Dattitude.weights.write=true}
 * after the examples, the labelled sets, a lexicon or the fit changed ({@code AttitudeWeightsTest} says when).
 */
class AttitudeWeightsGenerator {
    static final Path FILE = Path.of("src/main/resources/nl/personacanvas/check", AttitudeWeights.RESOURCE);

    @Test
    void write() throws IOException {
        assumeTrue(Boolean.getBoolean("attitude.weights.write"), "run with -Dattitude.weights.write=true");
        Lexicons lexicons = CheckFixture.LEXICONS;
        AttitudeTraining.Examples examples = AttitudeTraining.examples(
                Lexicons.attitudeExamples(LabelledTraining.load()), lexicons.attitudes.names(), lexicons.analyzer);
        Files.write(FILE, AttitudeWeights.lines(examples, AttitudeTraining.fitted(examples)), StandardCharsets.UTF_8);
    }
}
