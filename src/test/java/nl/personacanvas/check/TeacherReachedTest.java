package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 24 (`att24`): learners who reach the teacher ({@link TeacherReached}). Sentences written for these tests
 * (schilderen, groen, transport, hotel), none from an evaluation set.
 */
class TeacherReachedTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mijn stagiairs bij de schilder in Luik weten dat ze me gerust kunnen appen als de baas alleen Frans praat
            Ik wil dat een student in het Weense hotel mij ook 's avonds durft te bellen
            De hoveniersleerlingen uit Syrië kloppen na de praktijkles vaak bij mij aan met vragen over thuis
            Toen mijn stagiaire in Hamburg appte dat ze zich niet veilig voelde in de cabine, ben ik meteen gaan bellen
            """)
    void readsALearnerReachingTheTeacher(String text) {
        assertThat(TeacherReached.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the teacher calls a supervisor, a supervisor calls the school, learners phone a client as an exercise
            Belt elke maand de leermeester in Venlo over de voortgang van zijn stagiair
            Spreekt met het transportbedrijf in Duisburg af dat de planner de school belt als de stagiair ziek is
            Laat studenten in het Engels een hotel in Dublin bellen om een kamer te boeken
            """)
    void readsNoLearnerReachingTheTeacher(String text) {
        assertThat(TeacherReached.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | Mijn stagiairs bij de schilder in Luik weten dat ze me gerust kunnen appen als de baas alleen Frans praat
            A4 | Toen mijn stagiaire in Hamburg appte dat ze zich niet veilig voelde in de cabine, ben ik meteen gaan bellen
            """)
    void theReachIsPlacedInHoudingAsApproachable(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("benaderbaar");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | Spreekt met het transportbedrijf in Duisburg af dat de planner de school belt als de stagiair ziek is
            A1 | Laat studenten in het Engels een hotel in Dublin bellen om een kamer te boeken
            """)
    void tasksWithTheSameVerbsStayTasks(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }
}
