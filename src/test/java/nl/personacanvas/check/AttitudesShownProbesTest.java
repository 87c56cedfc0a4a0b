package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 28 (`att28`): the probes of attitudes shown, never named, that {@link ShownConduct} reads by its sections
 * ({@code probes/att28-probes.jsonl}, 54 statements of my own in bakkerij, garage, bouw, kinderopvang, horeca, kapper,
 * zorg, sport, hotel: 32 attitude statements, 22 tasks in the same words, among them warm tasks: a talk led "rustig", a story
 * heard in a round, a colleague who goes on with the group agreed beforehand), written before the readings. On the
 * session's start (8dc590a2) they scored 0.463 / attitude F1 0.250; the levels hold what was measured with the readings.
 */
class AttitudesShownProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att28-probes.jsonl");
        assertThat(probes).hasSize(54);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.88);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.95);
    }
}
