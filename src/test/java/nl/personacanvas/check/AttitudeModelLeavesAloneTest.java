package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everyday and task statements ({@code check/attitude-leave-alone.txt}, written for this test) that the checker
 * must not read as attitudes: the trained attitude model names nothing in them, and nothing places them in
 * Houding. They are in the shapes the model reads (negations, reflexive verbs, "Wil ...", "Laat studenten ..."),
 * with words its attitude examples use, and as plain sentences such as "Er zit schot in het project".
 */
class AttitudeModelLeavesAloneTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    static Stream<Arguments> statements() throws IOException {
        try (InputStream in = AttitudeModelLeavesAloneTest.class.getResourceAsStream("/check/attitude-leave-alone.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            assertThat(lines).hasSizeGreaterThan(50);
            return lines.stream().map(l -> l.split("\\|", 2))
                    .map(parts -> Arguments.of(parts[0].strip(), parts[1].strip()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("statements")
    void isNoAttitude(String activity, String text) {
        // "~": the phrase lexicon still reads an attitude here (see the file); only the model is held to it.
        boolean modelOnly = activity.startsWith("~");
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.attitudeModel.complete(analysed, AttitudeRecognizer.Recognition.NONE, true, false).attitudes())
                .as("the model on its own, allowed to name").isEmpty();
        if (modelOnly) {
            return;
        }
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).isEmpty();
    }
}
