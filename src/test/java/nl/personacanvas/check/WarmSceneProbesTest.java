package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Session 25 (`att25`): the probes of {@link WarmScene} ({@code probes/att25-probes.jsonl}, 32 statements of my own in
 * garage, bouw, zorg, ICT, kapper, dierenkliniek, lassen, hotel, transport: 20 attitude scenes and 12 tasks in the same
 * words), written before the readings. On the session's start (d8a476d9) they scored 0.469 (15 of 32) / attitude F1
 * 0.296; the levels hold what was measured with the readings (0.844 / 0.829).
 */
class WarmSceneProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes;
        try (Reader r = new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/check/probes/att25-probes.jsonl")), StandardCharsets.UTF_8)) {
            probes = new LabelledStatementReader().read(r);
        }
        assertThat(probes).hasSize(32);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.84);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.82);
    }
}
