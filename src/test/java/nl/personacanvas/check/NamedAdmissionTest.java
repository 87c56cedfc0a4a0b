package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 (`att22b`): the teacher's name before a verb of admitting or realising opens the statement at that verb
 * ({@code AttitudeRecognizer.namedAdmitting}), as it does after "hij": the lexicon's "geeft toe dat" then opens it.
 * Sentences written for these tests (bakkerij, ICT, transport, zorg), none from an evaluation set.
 */
class NamedAdmissionTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Henk geeft toe dat hij van de Poolse bakkers in zijn klas nog veel leert over zuurdesem
            A2 | Ilse geeft toe dat ze van haar Marokkaanse chauffeurs nog veel leert over rijden in de bergen
            """)
    void anAdmissionIsLerendeHouding(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("lerende houding");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | Henk geeft de Poolse bakkersleerlingen elke week extra uitleg over de oven in hun eigen taal
            A2 | Ilse belt de Deense vervoerder over de stageplekken en legt de afspraken vast in het stageplan
            """)
    void aNameBeforeAnotherVerbStaysATask(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }
}
