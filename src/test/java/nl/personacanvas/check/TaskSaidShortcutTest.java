package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TaskOfAnother} asks the words before its expression (session 30, speed30): over every studied, blind, own and
 * probe statement and sentences written for the test, the owner is found exactly where the expression and the words
 * both find it, and the words turn nearly every statement away before the expression runs.
 */
class TaskSaidShortcutTest {
    private static final TextAnalyzer ANALYZER = CheckFixture.LEXICONS.analyzer;
    private static final TaskOfAnother SAID = new TaskOfAnother(new ActorPhrases(
            Sections.read("actors.txt").getOrDefault("", List.of()).stream().map(ANALYZER::phrase).toList()));
    /** Written for the test: the expression matches in each, the words in some. */
    private static final List<String> WRITTEN = List.of(
            "Het regelen van de huisvesting: taak van het stagebureau",
            "De verzekering is de verantwoordelijkheid van de gastschool",
            "Dat is de klus van de coördinator in Lissabon",
            "Legt uit dat het visum de taak van de student is",
            "Het is een taak van iedereen",
            "Taken van de mentor: de intake en de evaluatie");

    @Test
    void theWordsFirstDecideAsTheExpressionFirst() throws IOException {
        List<String> texts = new ArrayList<>(ReadableStatements.texts());
        texts.addAll(WRITTEN);
        int passedWords = 0;
        int named = 0;
        int expressionOnly = 0;
        for (String written : texts) {
            AnalyzedText text = ANALYZER.analyze(written);
            boolean expression = TaskOfAnother.OWNER_NAMED.matcher(written).find();
            boolean words = SAID.ownerInWords(text.words());
            assertThat(SAID.ownerNamed(text, text.words())).as(written).isEqualTo(expression && words);
            passedWords += words ? 1 : 0;
            named += expression && words ? 1 : 0;
            expressionOnly += expression && !words ? 1 : 0;
        }
        assertThat(named).as("owners named").isPositive();
        assertThat(expressionOnly).as("matched by the expression, not by the words").isPositive();
        // The point: the expression, tried at every position of a text, now runs on a few statements in a hundred.
        assertThat(passedWords).isLessThan(texts.size() / 50);
    }
}
