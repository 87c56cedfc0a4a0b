package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An attitude adjective before a noun describes what the noun names: a thing the teacher designs or runs (a
 * task, no attitude), or the teacher's disposition or a person (an attitude). Sentences written for this test;
 * the inflected forms of the attitude adjectives ("Een proactieve docent ...") guard against a vocabulary that
 * stops reading them as their base form, as happened once when training texts were made plain words.
 */
class AttributiveAttitudeTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Flexibel weekrooster voor de uitwisselingsstudenten in Portugal
            A2 | Creatieve werkvorm over feestdagen in Indonesië voor de tweedejaars
            A3 | Proactieve mailronde langs gastbedrijven in Zweden
            A1 | Open discussie over migratie met de internationale klas
            A2 | Nieuwsgierige speurtocht door de wijk met Erasmusstudenten
            A2 | Flexibele planning van de excursie naar Gent
            """)
    void thingIsNoAttitude(String activity, String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.attitudes.recognise(analysed, -1).attitudes()).as("the lexicon").isEmpty();
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | flexibel     | Flexibele werkhouding als de Franse gastschool het rooster wijzigt
            A1 | nieuwsgierig | Nieuwsgierige houding naar de gewoontes van Syrische studenten
            A1 | nieuwsgierig | Nieuwsgierige docent die doorvraagt over de thuiscultuur van Eritrese leerlingen
            A1 | flexibel     | Flexibel wanneer de stagiair uit Brazilië een dag later aankomt
            A2 | flexibel     | Flexibel inspelen op wijzigingen van de Spaanse gastschool
            A1 | open         | Open en eerlijk over eigen twijfels tegenover de Chinese collega's
            A2 | creatief     | Creatief in het bedenken van opdrachten voor buitenlandse studenten
            A2 | proactief    | Proactieve houding als de partnerschool in Polen laat reageert
            A2 | creatief     | Creatieve geest bij het bedenken van een project met een school in Kenia
            A1 | cultureel sensitief | Cultureel sensitieve docent die let op de feestdagen van nieuwkomers
            A4 | flexibel     | Een flexibele docent als het programma in Spanje verandert
            A4 | empathisch   | Een empathische docent voor studenten met heimwee in het buitenland
            A4 | verbindend   | Een verbindende docent tussen Nederlandse en Poolse studenten
            A4 | proactief    | Een proactieve docent richting partnerscholen in Duitsland
            A4 | creatief     | Een creatieve docent bij opdrachten met een school in Kenia
            A4 | benaderbaar  | Een benaderbare docent voor internationale stagiairs
            A4 | veerkrachtig | Een veerkrachtige docent als de stage in Italie misloopt
            A4 | alert        | Een alerte docent op signalen van stagiairs in het buitenland
            A4 | daadkrachtig | Een daadkrachtige docent bij incidenten tijdens de uitwisseling
            A4 | ondernemend  | Een ondernemende docent die internationale projecten opzet
            A4 | cultureel sensitief | Een cultureel sensitieve docent in een gemengde klas
            """)
    void teacherStaysAnAttitude(String activity, String attitude, String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.attitudes.recognise(analysed, -1).attitudes()).as("the lexicon").contains(attitude);
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).contains(attitude);
    }
}
