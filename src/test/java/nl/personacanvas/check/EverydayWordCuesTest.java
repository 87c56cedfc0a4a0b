package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (gen19b): the audit of the OpenTaal word list found ordinary Dutch words that alone made a plain
 * statement international. By class: a cue whose stem is an everyday word ("minder" of minderheid, "gelooft" of
 * geloof, "invoering" of invoer, "uitsluitend" of uitsluiting) now matches as written; a compound ending in -wereld
 * is a domain (belevingswereld), not the world; -er/-ers after a name's dropped -e or -a is an agent noun ("mekker",
 * "knokkers"), unless the name ends in -ië (Serviërs); and "meta" before "-analyse" is no language. True look-alikes
 * stand beside them. Sentences written for this test, none from an evaluation set.
 */
class EverydayWordCuesTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Geeft minder huiswerk op in de toetsweek",
        "A2|Zorgt voor de invoering van het nieuwe rooster",
        "A2|Gelooft in de kracht van feedback",
        "A2|Werkt uitsluitend met vaste groepen",
        "A2|Sluit aan bij de belevingswereld van studenten",
        "A2|Kent de leefwereld van jongeren",
        "A2|Bespreekt de meta-analyse met de klas",
        "A2|Bespreekt de knokkers met de klas",
        "A2|Zet de mekkers klaar",
    })
    void everydayWordsStayTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Geeft ruimte aan de stem van minderheden in de klas",
        "A2|Bespreekt het geloof van studenten zonder oordeel",
        "A2|Let op uitsluiting van studenten met een andere achtergrond",
        "A4|Controleert de invoer van goederen uit Marokko",
        "A2|Laat studenten zien hoe de wereld werkt",
        "A2|Bespreekt de Serviërs met de klas",
        "A2|Bespreekt de Oekraïners met de klas",
        "A2|Begeleidt een Oekraïner in de klas",
        "A5|Gaat met de Atheners van de partnerschool op pad",
        "A2|Werkt samen met Duitsers en Polen",
    })
    void theirTrueLookAlikesStillCount(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }
}
