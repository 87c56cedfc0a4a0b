package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 (`att22b`): the teacher seeing to it that learners of different groups come together ({@link
 * BringingTogether}). Sentences written for these tests (techniek, zorg, sport, horeca), none from an evaluation set.
 */
class BringingTogetherTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zorgt dat de Franse en Nederlandse sportstudenten na de training samen aan tafel gaan
            Op het kamp in Ardennen zorg ik dat de nieuwkomers met de tweedejaars optrekken
            Zorgt er met een pubquiz voor dat de Vlaamse en Brabantse zorgstudenten zich één groep voelen
            Zorgde dat de Syrische en Friese lasleerlingen in Kiel ook 's avonds bij elkaar aan tafel schoven
            """)
    void readsLearnersBroughtTogether(String text) {
        assertThat(BringingTogether.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a meal on the programme, living close by, a lesson's work form, comparing results
            Zorgt dat de groep in de jeugdherberg in Trier om zeven uur aan tafel zit
            Zorgt samen met het stagebureau dat de Spaanse en Nederlandse stagiairs bij elkaar in de buurt wonen
            Deelt de duo's zo in dat de Turkse en Nederlandse studenten samen een motor demonteren
            Zorgt dat studenten in de les met elkaar de meetresultaten van de Duitse partnerschool vergelijken
            """)
    void readsNoBringingTogether(String text) {
        assertThat(BringingTogether.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A5 | Zorgt dat de Franse en Nederlandse sportstudenten na de training samen aan tafel gaan
            A1 | Zorgt er met een pubquiz voor dat de Vlaamse en Brabantse zorgstudenten zich één groep voelen
            """)
    void bringingTogetherIsVerbindend(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("verbindend");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Zorgt dat de groep in de jeugdherberg in Trier om zeven uur aan tafel zit
            A3 | Deelt de duo's zo in dat de Turkse en Nederlandse studenten samen een motor demonteren
            """)
    void arrangementsStayTasks(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).doesNotContain("verbindend");
    }
}
