package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (`att26b`): the probes of the teacher's curiosity made into a lesson ({@link CuriosityMadeLesson}) and of
 * people brought together after a clash ({@link BroughtTogether}); {@code probes/att26b-probes.jsonl}, 16 statements of
 * my own in bakkerij, garage, zorg, kapper, groen, metaal, horeca: 6 lessons made, 3 brought together, 7 counter-probes),
 * each class's written before its reading. On the session's start (99c15171) they scored 0.313 (5) / attitude F1 0.421;
 * the levels hold what was measured with the readings (0.875 / 0.875). P26B-09 (the model's design for "is nieuwsgierig
 * naar hoe een collega haar lessen maakt") and P26B-16 (the lexicon's "Brengt ... bij elkaar" for papers) were wrong
 * at the start and stay so.
 */
class CuriosityLessonProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att26b-probes.jsonl");
        assertThat(probes).hasSize(16);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.87);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.87);
    }
}
