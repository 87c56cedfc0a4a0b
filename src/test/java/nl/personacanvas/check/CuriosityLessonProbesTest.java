package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (`att26b`): the probes of the teacher's curiosity made into a lesson ({@link CuriosityMadeLesson};
 * {@code probes/att26b-probes.jsonl}, 12 statements of my own in bakkerij, garage, zorg, kapper, groen, bouw: 6 lessons
 * made, 6 counter-probes), written before the reading. On the session's start (99c15171) they scored 0.417 / attitude
 * F1 0.588; the levels hold what was measured with the reading.
 */
class CuriosityLessonProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att26b-probes.jsonl");
        assertThat(probes).hasSize(12);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.91);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.85);
    }
}
