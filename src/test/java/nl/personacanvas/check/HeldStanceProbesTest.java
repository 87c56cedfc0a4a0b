package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 26 (`att26`): the probes of the stances held in a scene ({@link HeldStance}) and of the talk kept open
 * ({@code probes/att26-probes.jsonl}, 21 statements of my own in garage, zorg, bouw, ICT, dierenkliniek, bakkerij,
 * hotel, lassen: 14 attitude statements, 7 tasks in the same words), written before the readings. On the session's
 * start (99c15171) they scored 0.429 / attitude F1 0.160; the levels hold what was measured with the readings.
 */
class HeldStanceProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att26-probes.jsonl");
        assertThat(probes).hasSize(21);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.87);
    }
}
