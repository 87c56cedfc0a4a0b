package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generic side of session 7: international content that is only implicit (the students' own differences,
 * the Dutch way as one way among others, Dutch still being learnt, a group judged as a whole, the culture of a
 * workplace, on location abroad), the school's management and colleagues as other people, and the teacher
 * making others aware or finding them turning to her. Sentences written for these tests, in the wording of
 * each class, none from an evaluation set.
 */
class GenericSideTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Laat de klas elkaars feestdagen op een gezamenlijke kalender zetten",
        "A1|Vraagt studenten elkaars gerechten te proeven en te beschrijven",
        "A2|Laat studenten ontdekken dat de Nederlandse manier van plannen niet de enige is",
        "A3|Begeleidt een stagiair die schrikt van de directheid op zijn werkplek",
        "A3|Bespreekt met een student hoe het gaat met zijn Nederlandse collega's",
        "A1|Helpt een student die moeite heeft met het Nederlands bij het verslag",
        "A1|Grijpt in als een student roept dat die lui nooit op tijd komen",
        "A1|Vraagt door als iemand zegt 'ze zijn allemaal zo'",
        "A3|Laat de stagiair de ongeschreven regels van het leerbedrijf opschrijven",
        "A4|Bespreekt met de student de omgangsvormen in het hotel waar hij werkt",
        "A5|Lost problemen met het programma ter plekke op",
        "A5|Vraagt bij de jeugdherberg na of er gerechten zonder varkensvlees zijn",
        "A1|Laat een student uitleggen waarom hij een keppel draagt",
        "A1|Zorgt dat lhbti-studenten zich veilig voelen in de groep",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Laat studenten elkaars werk nakijken",
        "A1|Spreekt de omgangsvormen in de klas af",
        "A1|Lost een ruzie ter plekke op",
        "A2|Leert studenten netjes Nederlands schrijven",
        "A2|Geeft directe feedback op het verslag",
    })
    void withoutTheirCounterpartTheseWordsAreStillTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Het MT stelt budget beschikbaar voor de studiereis naar Rome",
        "Het docententeam kiest de bestemming van de reis naar Parijs",
        "Een collega geeft de lessen Spaans aan de reizigers",
        "Het managementteam beslist over de uitwisseling met Finland",
    })
    void managementAndColleaguesAreOtherPeople(String text) {
        SortedStatement s = sorter.sort(text, "A5");
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Studenten bewust maken van verschillen tussen culturen",
        "Collega's enthousiast maken voor een uitwisseling met Finland",
        "Stagiairs wegwijs maken in het gastland",
        "Stagiairs voelen zich vrij om hem ook vanuit Spanje te bellen",
        "Collega's overtuigen van het belang van een uitwisseling met Finland",
        "De teamleider overhalen om geld vrij te maken voor de reis naar Praag",
        "Het team inwerken in het Erasmusprogramma",
        "Collega's van de partnerschool in Tallinn ontvangen en rondleiden",
    })
    void theTeacherMakingOthersSoOrOthersTurningToHerIsNoTaskOfTheirs(String text) {
        assertThat(sorter.sort(text, "A4").reason()).as(text).isNotEqualTo(GenericReason.OTHER_PERSON);
    }
}
