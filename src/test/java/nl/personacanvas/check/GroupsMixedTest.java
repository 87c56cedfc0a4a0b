package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23 (`att23`): groups mixed where learners are free ({@link GroupsMixed}). Sentences written for these tests
 * (logistiek, bakkerij, ICT, zorg, bouw), none from an evaluation set.
 */
class GroupsMixedTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zet in de kantine van het distributiecentrum in Venlo de Poolse en Limburgse chauffeurs gewoon naast elkaar
            In Lyon ging ik bij het eten steeds aan een ander tafeltje zitten, zodat de bakkers niet in hun eigen bubbel bleven
            Ziet in de pauze de Syrische en Drentse ICT-studenten in kliekjes zitten en schuift er zelf tussen
            Mixt bij elke maaltijd in Gent de Vlaamse en Zeeuwse zorgstudenten, ook als ze liever in hun eigen groepje blijven
            """)
    void readsGroupsMixed(String text) {
        assertThat(GroupsMixed.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a lesson's work form, a comparison laid side by side, cooking and eating in groups, a meal organised
            Deelt de bouwstudenten in gemengde tweetallen in en mengt de groepjes bij de steigeropdracht
            Legt in de pauze de Duitse en Nederlandse bouwtekeningen naast elkaar
            Laat studenten in groepjes een gerecht uit hun land koken en eten
            Organiseert een lunch in de kantine waar Poolse en Nederlandse chauffeurs door elkaar zitten
            """)
    void readsNoGroupsMixed(String text) {
        assertThat(GroupsMixed.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A5 | In Lyon ging ik bij het eten steeds aan een ander tafeltje zitten, zodat de bakkers niet in hun eigen bubbel bleven
            A1 | Zet in de kantine van het distributiecentrum in Venlo de Poolse en Limburgse chauffeurs gewoon naast elkaar
            """)
    void groupsMixedAreVerbindend(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("verbindend");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Deelt de bouwstudenten in gemengde tweetallen in en mengt de groepjes bij de steigeropdracht
            A5 | Organiseert een lunch in de kantine waar Poolse en Nederlandse chauffeurs door elkaar zitten
            """)
    void mixingAsAWorkFormStaysATask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).doesNotContain("verbindend");
    }
}
