package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 18 (gen18): international or diversity content in a compound or a word the cue lists did not know (a
 * faith or its feast as a compound's first part, trade across borders, seasonal workers, the international skills
 * contests, shaky Dutch, a dish of another cuisine by name), and the school's language and learning services as the subject of another person's task.
 * Each statement was decided otherwise on the build this branch started from (819075f); the everyday statements
 * beside them keep their verdict. Sentences written for this test, none from an evaluation set.
 */
class FaithsTradeAndServicesTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Houdt in de les rekening met moslimstudenten tijdens het bespreken van de casus",
        "A1|Plant de toetsweek niet in de ramadanperiode",
        "A1|Maakt een les over het hoofddoekverbod bij sommige werkgevers",
        "A2|Laat studenten de exportdocumenten voor een zending invullen",
        "A2|Maakt een les over importproducten in de supermarkt",
        "A2|Maakt een opdracht over seizoenswerkers in de fruitteelt",
        "A2|Bereidt de studenten voor op de WorldSkills-wedstrijd",
        "A2|Leert studenten omgaan met klanten van wie het Nederlands nog wankel is",
        "A1|Laat de klas proeven van baklava en couscous",
        "A2|Laat studenten in de praktijkles sushi rollen",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Maakt een exportfunctie voor de cijferlijst in de app",
        "A2|Laat studenten werken met seizoensgebonden producten",
        "A2|Bereidt de studenten voor op de skillswedstrijd in de regio",
        "A2|Spreekt met de klas af dat hun Nederlands een voldoende moet zijn",
        "A1|Laat studenten nasi en saté bereiden",
        "A1|Laat studenten een pizza bakken",
    })
    void everydayStaysTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Het taalcentrum plant de NT2-toetsen in voor de nieuwkomers",
        "A1|Het taalhuis regelt extra taallessen voor de statushouders",
        "A1|De vakgroep kiest de Engelse leesboeken",
        "A1|De sectie Nederlands stelt de niveaus van de nieuwkomers vast",
    })
    void aSchoolServiceAsTheSubjectIsAnotherPersonsTask(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Stuurt nieuwkomers door naar het taalcentrum voor extra taallessen",
        "A2|Bespreekt met de vakgroep hoe de les over Marokko ging",
    })
    void aSchoolServiceAfterTheVerbIsNoSubject(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }
}
