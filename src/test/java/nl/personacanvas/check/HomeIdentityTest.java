package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 (`att22b`): the teacher placing themself in their own home region or country ({@link HomeIdentity}).
 * Sentences written for these tests (bouw, horeca, zorg, transport), none from an evaluation set.
 */
class HomeIdentityTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ik merk dat ik als Zeeuw zuinig ben met complimenten, en bij de Ierse stagiairs in de horeca zeg ik ze nu hardop
            Weet dat hij als Brabander alles graag gezellig maakt, terwijl de Duitse uitvoerder eerst de planning wil
            Als Twentenaar zeg ik niet snel wat ik vind; de Spaanse zorgstudenten vragen daarom vaak door
            Wij als Rotterdammers zijn snel klaar met praten, en de Griekse chauffeurs niet
            Ziet zichzelf als Drent die eerst de kat uit de boom kijkt, ook bij de Noorse partnerschool
            """)
    void readsTheTeacherPlacedAtHome(String text) {
        assertThat(lexicons.home.read(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # learners placed by their region, a person's name in a condition, a role, an adjective before a noun
            Laat de studenten als Groninger of Limburger uitleggen hoe bij hen thuis een verjaardag gaat
            Vraagt hoe zij als Amsterdammer de Franse koks in Lyon ervaren
            Als Wouter de bus naar Bremen niet regelt, belt de coördinator de vervoerder
            Ik als mentor bel elke week met de stagiair in Gent
            Ik zie hem als Friese jongen die thuis weinig met andere culturen te maken had
            """)
    void readsNoSelfPlacement(String text) {
        assertThat(lexicons.home.read(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Weet dat hij als Brabander alles graag gezellig maakt, terwijl de Duitse uitvoerder eerst de planning wil
            A5 | Wij als Rotterdammers zijn snel klaar met praten, en de Griekse chauffeurs niet
            """)
    void aSelfPlacementIsCultureelZelfbewust(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains("cultureel zelfbewust");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | Laat de studenten als Groninger of Limburger uitleggen hoe bij hen thuis een verjaardag gaat
            A2 | Vraagt hoe zij als Amsterdammer de Franse koks in Lyon ervaren
            """)
    void learnersPlacedByTheirRegionStayTasks(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).doesNotContain("cultureel zelfbewust");
    }
}
