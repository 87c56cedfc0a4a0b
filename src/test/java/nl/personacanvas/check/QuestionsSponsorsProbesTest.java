package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 30 (`att30`): the probes of the classes {@link ShownConduct} read since this session
 * ({@code probes/att30-probes.jsonl}, 24 statements of my own in zuivel, kapper, bouw, garage, bakkerij, hotel: 16
 * attitude statements, 8 tasks in the same words): many questions asked for the asking's sake, sponsors found or money
 * raised for a trip, a learner who knew more than the teacher, contact made and people brought into talk, what is proper
 * in a place sensed; and, already read at the start, the quick deed the same evening and "moest ik flexibel zijn". The
 * tasks: learners made to think up questions or to explain, a sponsor letter as an assignment, a budget asked, contact
 * made to plan a visit, what works shared in a meeting. Written before the readings; on the session's start (d679b579)
 * they scored 0.667 / attitude F1 0.538.
 */
class QuestionsSponsorsProbesTest {

    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att30-probes.jsonl");
        assertThat(probes).hasSize(24);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(1.0);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void eachClassIsReadAndItsTaskIsNot() {
        StatementSorter sorter = CheckFixture.SORTER;
        assertThat(sorter.sort("Ik stelde de kaasmaker in Gouda's partnerdorp in Frankrijk zoveel vragen dat de rondleiding "
                + "een uur uitliep.", "A5").attitudes()).containsExactly("nieuwsgierig");
        assertThat(sorter.sort("Toen de kas geen geld had voor de reis naar de beurs in Essen, heb ik met de klas plantjes "
                + "verkocht en een kweker als sponsor binnengehaald.", "A5").attitudes()).containsExactly("ondernemend");
        assertThat(sorter.sort("Ontwerpt een opdracht waarin studenten sponsors zoeken voor de reis naar Essen.", "A2")
                .attitudes()).isEmpty();
        assertThat(sorter.sort("Voelt goed aan wat wel en niet gepast is bij een bruiloft van de familie van een "
                + "Hindoestaanse stagiaire.", "A3").attitudes()).containsExactly("cultureel sensitief");
    }
}
