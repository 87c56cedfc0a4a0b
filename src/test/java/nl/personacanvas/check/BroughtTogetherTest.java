package nl.personacanvas.check;

import static nl.personacanvas.check.CheckFixture.analysed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (`att26b`): people brought (back) together by the teacher, in any tense, are verbindend
 * ({@link BroughtTogether}); things gathered are not. Since fold26 the joiner described ("een echte verbinder") is
 * read there too. Sentences written for these tests (horeca, bouw, logistiek, zorg, groen), none from an evaluation
 * set.
 */
class BroughtTogetherTest {
    private static final BroughtTogether broughtTogether = CheckFixture.LEXICONS.broughtTogether;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            De kok in Porto en mijn stagiair spraken niet meer met elkaar. Ik bracht ze na de dienst weer bij elkaar
            Ik heb de Duitse uitvoerder en onze leerling na het misverstand weer nader tot elkaar gebracht
            Zodra een student en zijn begeleider in Antwerpen botsen, breng ik ze samen om tafel
            """)
    void readsPeopleBroughtTogether(String text) {
        assertThat(broughtTogether.read(analysed(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # things gathered, a bringing without togetherness, togetherness without bringing
            Bracht alle vrachtbrieven van de Poolse vervoerders bij elkaar in één map
            Brengt de stagiairs met de bus naar het hotel in Keulen
            De Poolse en Nederlandse studenten zaten in de pauze bij elkaar
            """)
    void readsNoPeopleBroughtTogether(String text) {
        assertThat(broughtTogether.read(analysed(text))).as(text).isFalse();
    }

    /** The joiner described, {@link HeldStance}'s "people joined" before fold26. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anouk is een echte verbinder in het tuincentrum, iedereen kent haar
            De docent zoekt de ouders thuis op en spreekt de werkgever. Ze brengt mensen bij elkaar
            Door hem trekken de oude garde en de statushouders met elkaar op
            """)
    void readsTheJoinerDescribed(String text) {
        assertThat(broughtTogether.joiner(analysed(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # organisations brought together, a connection that is a thing
            Brengt de stagebedrijven en de school bij elkaar in een overleg
            Legt een verbinding tussen de lessen en de stage in Gent
            """)
    void readsNoJoinerDescribed(String text) {
        assertThat(broughtTogether.joiner(analysed(text))).as(text).isFalse();
    }

    @Test
    void namesTheDeedAfterAClashVerbindend() {
        SortedStatement sorted = sorter.sort("De stagiair en de Spaanse chef in Valencia kregen ruzie over de pauzes. "
                + "De docent bracht ze met een videogesprek weer bij elkaar", "A4");
        assertThat(sorted.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).contains("verbindend");
    }
}
