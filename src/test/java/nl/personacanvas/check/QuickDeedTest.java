package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (`att19b`): a deed done within an hour or a day after something fell through is daadkrachtig; the same
 * words in a plain task (a service norm) name nothing. Session 22 (`att22`): the setback told in a sentence or note of
 * its own, minutes and quarters, "diezelfde middag" after "Toen". Sentences written for these tests, none from an
 * evaluation set.
 */
class QuickDeedTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | Als de stageplek in Porto afvalt, heb ik binnen een dag een gastgezin voor de student gevonden
            true  | Toen de trein in Lyon uitviel, had ik binnen een uur een bus geregeld
            true  | Paspoort van een student kwijt in Riga: binnen tien minuten stond de docent bij de politie
            true  | Busje naar Hannover kapot. Binnen drie kwartier had hij een huurauto
            true  | Toen de stageplek in Sevilla afzegde, had ik diezelfde middag nog een andere gevonden
            false | Evaluatie: stuurt binnen twee werkdagen na de reis het verslag naar de partners in Riga
            false | Na het stagebezoek in Gent stuurt hij dezelfde dag nog een verslag
            false | Ik regel binnen twee dagen na de aanmelding de vliegtickets voor de reis naar Lissabon
            false | Als de reis naar Lissabon doorgaat, boek ik binnen een dag na de aanmelding de vliegtickets
            false | Stuurt binnen een dag het verslag naar de leermeester in Gent
            """)
    void theSpeedAfterASetbackInTheMainClause(boolean expected, String text) {
        assertThat(QuickDeed.in(lexicons.analyzer.analyze(text))).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Als de stageplek in Porto afvalt, heb ik binnen een dag een gastgezin voor de student gevonden
            """)
    void namesDaadkrachtig(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).containsExactly(QuickDeed.ATTITUDE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Beantwoordt vragen van stagiairs in Spanje binnen een dag via de app
            A5 | Ik regel binnen twee dagen na de aanmelding de vliegtickets voor de reis naar Lissabon
            A3 | Stuurt binnen een dag na het stagebezoek het verslag naar de leermeester in Gent
            """)
    void aServiceNormNamesNone(String activity, String text) {
        assertThat(sorter.sort(text, activity).attitudes()).as(text).isEmpty();
    }

    /**
     * The told setback's break is looked for only where a mark stands before more text (session 22, the lead's
     * shortcut in {@code Clauses.toldBreak}); these are the edges of that test: a mark with only blanks or marks after
     * it, a Greek question mark (folded to a semicolon), a break before an emoji.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0     | Regelt de bus naar Hannover.
            0     | Regelt de bus naar Hannover ... ;
            0     | Regelt de bus naar Hannover
            4     | Busje naar Hannover kapot. Binnen drie kwartier had hij een huurauto
            4     | Busje naar Hannover kapot; binnen drie kwartier had hij een huurauto
            4     | Busje naar Hannover kapot: 🚐 geregeld
            """)
    void aBreakIsFoundOnlyWhereAMarkStandsBeforeMore(int expected, String text) {
        assertThat(Clauses.toldBreak(lexicons.analyzer.analyze(text))).as(text).isEqualTo(expected);
    }
}
