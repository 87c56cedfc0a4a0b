package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25 (`att25`): the probes of {@link WarmScene} ({@code probes/att25-probes.jsonl}, 38 statements of my own in
 * garage, bouw, zorg, ICT, kapper, dierenkliniek, lassen, hotel, transport: 21 attitude scenes and 17 tasks in the same
 * words), each class's written before its reading. On the session's start (d8a476d9) they scored 0.447 (17 of 38) /
 * attitude F1 0.267; the levels hold what was measured with the readings (0.816 / 0.826).
 */
class WarmSceneProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att25-probes.jsonl");
        assertThat(probes).hasSize(38);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.81);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.82);
    }
}
