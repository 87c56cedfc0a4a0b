package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (`att19b`): a scene that tells what the teacher met and then, after ", en", what they did about it, the
 * teacher ("ik", "hij", "ze") the subject of that second clause, is behaviour in a situation
 * ({@link Reactions#afterNoticing}). Sentences written for these tests (security, bakery), none from an
 * evaluation set.
 */
class SceneReactionTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | Joris hoort dat een bedrijf in Breda geen stagiairs met een baard wil, en na een dag gaat hij gewoon verder met zoeken
            true  | Een bakkerij in Gent zegt de stage af, en na een kort moment van teleurstelling ga ik verder met zoeken
            true  | Een student uit Ghana kneedt het deeg heel anders, en in plaats van hem te verbeteren vraag ik hoe hij het leerde
            false | Stemt met de leermeester van een Poolse bakkerij af wat de school verwacht, en vraagt hoe zij het daar gewend zijn
            false | Als een student uit Ghana het deeg anders kneedt, vraag ik hoe hij het leerde, en ik laat het de klas zien
            false | Boekt de bus naar de beurs in Keulen en regelt een rondleiding
            """)
    void aReactionAfterAndWithTheTeacherAsSubject(boolean expected, String text) {
        assertThat(Reactions.afterNoticing(lexicons.analyzer.analyze(text))).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Ik maak een opdracht over bakkerijen in Marokko, en ik bespreek die met de collega's van mijn team
            A5 | Hanna boekt de bus naar de beurs in Keulen, en daarna regelt ze met de school daar een rondleiding
            A1 | Ik laat de studenten in gemengde groepjes een recept van thuis bakken, en ik bespreek met de klas wat ze ontdekten
            """)
    void tasksToldAsAScenePlusAReactionNameNone(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | Joris hoort van een beveiligingsbedrijf in Breda dat ze geen stagiairs met een baard willen, en na een dag van teleurstelling gaat hij gewoon verder met zoeken naar een andere plek
            """)
    void aSetbackSceneNamesVeerkrachtig(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("veerkrachtig");
    }
}
