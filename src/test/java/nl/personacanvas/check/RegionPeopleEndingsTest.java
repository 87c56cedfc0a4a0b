package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (the lead, after gen19's report): a region's dropped ending (Servië, Beieren, Toscane) takes only an
 * adjective's ending. Before, "serv" + "ers" made "servers" the people of Servië, so an ICT teacher's plain server
 * work counted as international. Sentences written for this test, none from an evaluation set.
 */
class RegionPeopleEndingsTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Maakt een les over Servische gerechten",
        "A2|Begeleidt Serviërs in de klas",
        "A5|Organiseert een reis met Andalusische partners",
        "A5|Werkt samen met Beierse scholen",
        "A4|Bezoekt Toscaanse wijnboeren met studenten",
    })
    void aRegionsAdjectiveAndPeopleCount(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Beheert de servers van de school",
        "A2|Zet de servers klaar voor het examen",
    })
    void wordsThatOnlyLookLikeAPeopleStayTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }
}
