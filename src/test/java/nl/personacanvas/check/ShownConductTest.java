package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 27 (`att27`): attitudes shown rather than named, read by {@link ShownConduct}. Sentences written for these
 * tests (logistiek, autotechniek, zorg, hotel, groen, ICT, bakkerij, kapper), none from an evaluation set or the probe
 * file; each kind read in its forms, its look-alike tasks read as none, the scenes placed in Houding with their
 * attitude and the tasks kept out.
 */
class ShownConductTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    private static String kind(String text) {
        return CheckFixture.shownConductKind(text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            BETWEEN_THE_LINES | Leest de weekverslagen van haar stagiair in Hamburg tussen de regels door, want hij zegt zelf weinig
            BETWEEN_THE_LINES | Een cursist zei terloops dat hij in het magazijn altijd de nachtdienst krijgt; ik hoorde het en vroeg door
            BETWEEN_THE_LINES | Zag in een bijzin van het logboek dat de stagiaire in Porto niet mee mag eten met het team
            VIEW_SET_ASIDE | Ik heb mijn eigen oordeel over kinderopvang door opa en oma even losgelaten toen een Ghanese cursist vertelde
            VIEW_SET_ASIDE | Bas parkeert zijn mening over Turkse garages en gaat eerst kijken hoe het er daar aan toegaat
            VIEW_SET_ASIDE | Keurt een leerbedrijf van een Chinese familie niet bij voorbaat af omdat de uren er anders zijn
            OWN_FRAME_WONDERED | Als een cursist zegt dat je in Ghana de chef nooit tegenspreekt, vraag ik me af wat ik zelf eigenlijk onder assertief versta
            PLAN_LET_GO | Ik laat op de reis naar Gent mijn planning los als de groep liever bij de veiling blijft
            REACHABLE | Mijn telefoon staat in de stageweken altijd aan, zodat de leerlingen in Bremen me kunnen bellen
            REACHABLE | Stagiairs in het hotel in Nice mogen haar altijd appen, ook in het weekend
            FRESH_COURAGE | De eerste dag in de kwekerij in Venlo liep helemaal mis, de tweede dag begon ik met frisse moed opnieuw
            TOGETHER | Ik krijg de Poolse chauffeurs en de Brabantse jongens toch met elkaar in gesprek in de kantine
            TOGETHER | Zorgt dat de Marokkaanse en de Friese kappers op de open dag samen lunchen
            TOGETHER | Zorgde dat de stagiair in Oslo en zijn Noorse mentor elkaar echt leren kennen
            LISTENED_FIRST | Als een cursist over zijn moeder in Syrie begint, luister ik eerst en geef ik pas later raad
            """)
    void readsEachKind(String kind, String text) {
        assertThat(kind(text)).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # learners taught to do it, a lesson's or a meeting's word
            Leert de leerlingen tussen de regels van een Engelse vrachtbrief te lezen
            Maakt een opdracht waarin de klas leert een eigen oordeel even los te laten
            Helpt de cursisten om na een afwijzing in Antwerpen met frisse moed verder te zoeken
            Laat de klas eerst naar een Duitse podcast over logistiek luisteren
            Organiseert een debat waarin Poolse en Nederlandse chauffeurs met elkaar in gesprek gaan
            # a meeting planned, not seen to; the learner's own supervisor; a bus parked
            Plant een kennismakingsavond in Gent zodat de leerlingen en de gastgezinnen elkaar leren kennen
            De stagiair kon haar begeleider in Keulen niet bereiken
            Parkeert de bus bij het hostel in Brugge
            # someone else's frame wondered about; one group eating together
            Vraagt zich af hoe de cursisten zelf de week in Lille beleefden
            Zorgt dat de groep in Lyon elke avond samen eet
            # a phone on at the start of the lesson
            Zet de telefoon aan het begin van de les in een bak
            """)
    void readsNoneInTheLookAlikes(String text) {
        assertThat(kind(text)).as(text).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | alert | Leest de weekverslagen van haar stagiair in Hamburg tussen de regels door, want hij zegt zelf weinig
            A1 | open-minded | Bas parkeert zijn mening over Turkse garages en gaat eerst kijken hoe het er daar aan toegaat
            A3 | benaderbaar | Mijn telefoon staat in de stageweken altijd aan, zodat de leerlingen in Bremen me kunnen bellen
            A5 | veerkrachtig | De eerste dag in de kwekerij in Venlo liep helemaal mis, de tweede dag begon ik met frisse moed opnieuw
            A1 | verbindend | Ik krijg de Poolse chauffeurs en de Brabantse jongens toch met elkaar in gesprek in de kantine
            A3 | empathisch | Als een cursist over zijn moeder in Syrie begint, luister ik eerst en geef ik pas later raad
            """)
    void theConductIsPlacedInHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | cultureel zelfbewust | Als een cursist zegt dat je in Ghana de chef nooit tegenspreekt, vraag ik me af wat ik zelf eigenlijk onder assertief versta
            A1 | open-minded | Ik heb mijn eigen oordeel over kinderopvang door opa en oma even losgelaten toen een Ghanese cursist vertelde
            """)
    void aViewSetAsideOrAFrameWonderedAboutIsNamedAsShown(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).containsExactly(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | Organiseert een debat waarin Poolse en Nederlandse chauffeurs met elkaar in gesprek gaan
            A5 | Plant een kennismakingsavond in Gent zodat de leerlingen en de gastgezinnen elkaar leren kennen
            A2 | Helpt de cursisten om na een afwijzing in Antwerpen met frisse moed verder te zoeken
            A1 | Ik regel met plezier een gastles waarin een Syrische verpleegkundige vertelt hoe zij eerst luistert
            """)
    void theLookAlikeTasksStayOutOfHouding(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
    }
}
