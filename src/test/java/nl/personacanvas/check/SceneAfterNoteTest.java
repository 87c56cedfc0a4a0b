package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23 (`att23`): a colleague's deed after an event told in a note of its own ({@link SceneAfterNote}).
 * Sentences written for these tests (autotechniek, bakkerij, logistiek, groen), none from an evaluation set.
 */
class SceneAfterNoteTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            AGAIN | Het gesprek met de garagehouder in Gent liep stroef. Kees stond een week later gewoon weer in de werkplaats
            SAME_DAY | De kamer van de stagiair in Lille bleek onbewoonbaar. Anouk belde diezelfde middag de bakkerij en regelde een ander adres
            ON_THE_SPOT | De veerboot naar Harwich voer niet uit. De docent maakte er ter plekke een les over havenlogistiek van
            """)
    void readsTheDeedAfterTheNote(SceneAfterNote.Kind kind, String text) {
        assertThat(SceneAfterNote.read(lexicons.analyzer.analyze(text))).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a norm without an event told first, the weather, a programme adapted on the spot as a task, a plan later
            Past het programma in de kwekerij in Venlo ter plekke aan als het gaat regenen
            Bespreekt de week erna het weer in Bergen met de hoveniers
            Belt dezelfde ochtend de ouders als een stagiair in Kiel ziek is
            Stuurt de stagiair in Lille een week later de beoordeling van de leermeester
            """)
    void readsNoDeedAfterANote(String text) {
        assertThat(SceneAfterNote.read(lexicons.analyzer.analyze(text))).as(text).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | veerkrachtig | Het gesprek met de garagehouder in Gent liep stroef. Kees stond een week later gewoon weer in de werkplaats
            A5 | flexibel | De veerboot naar Harwich voer niet uit. De docent maakte er ter plekke een les over havenlogistiek van
            """)
    void theDeedIsPlacedInHouding(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }
}
