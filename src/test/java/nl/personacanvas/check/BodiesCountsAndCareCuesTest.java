package nl.personacanvas.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (gen15): implicit international content in terse notes. International bodies by their short name (the
 * WHO, the OECD) and the EU's rules; care asked of someone of one's own sex; people or practice from a number of
 * countries; in A3 how the placement's team works. Each task statement was too general on the build this branch
 * started from (6bade89); the everyday statements beside them stay too general. Sentences written for these tests,
 * none from an evaluation set.
 */
class BodiesCountsAndCareCuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|lesstof over handhygiëne opzetten volgens de WHO-richtlijnen",
        "A2|Maakt een casus over vaccinatie met cijfers van de WHO",
        "A2|Zet een opdracht op over de OESO-cijfers over laaggeletterdheid",
        "A3|Praat met de student over een bewoner die geen mannelijke verpleegkundige aan het bed wil",
        "A3|Bespreekt met de stagiair dat een cliënt alleen door een vrouw verzorgd wil worden",
        "A1|Laat de klas bespreken wat je doet als een patiënt om een vrouwelijke arts vraagt",
        "A2|Laat een filmpje zien van een team met collega's uit twaalf landen",
        "A2|Vergelijkt hoe de ouderenzorg in drie landen geregeld is",
        "A3|Bespreekt met de student de werkwijze van het team in het ziekenhuis",
        "A3|Let bij het stagebezoek op hoe het team op de afdeling werkt",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        CueAssertions.assertCounts(activity, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Maakt een rooster voor drie lessen",
        "A2|Plant twee lessen per week in",
        "A1|Werkt goed samen met mannelijke en vrouwelijke collega's",
        "A1|Let op hoe het team op de afdeling werkt",
        "A3|Voert het stagebezoek uit volgens de planning van het team",
    })
    void everydayStaysTooGeneral(String activity, String text) {
        CueAssertions.assertTooGeneral(activity, text);
    }
}
