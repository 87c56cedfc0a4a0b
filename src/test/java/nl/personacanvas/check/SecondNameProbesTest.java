package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25 (`att25b`): the probes of the second name read as written ({@link LearnerDistress}, {@link ToneAdjusted},
 * {@link OpenMindShown}; {@code probes/att25b-probes.jsonl}, 19 statements of my own in bakkerij, autotechniek, kapper,
 * hotel, groen, logistiek, beveiliging: 16 attitude statements, 3 tasks in the same words), written before the readings
 * were narrowed. On the session's start (d8a476d9) they scored 1.000 / attitude F1 0.739; the levels hold what was
 * measured with the readings (1.000 / 0.906).
 */
class SecondNameProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att25b-probes.jsonl");
        assertThat(probes).hasSize(19);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isEqualTo(1.0);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.90);
    }
}
