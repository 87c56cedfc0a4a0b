package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 29 (`att29`): H107's classes. A note about a colleague written as the subject ("Anouk is ...", "De docent is
 * ...", {@link WrittenSubject}) that names an attitude by its word as its predicate, and the kinds {@link ShownConduct}
 * reads since this session, with the lines added to its older kinds, to {@link SetbackScene} and to {@link QuickDeed}.
 * Sentences written for these tests (logistiek, groen, zorg, kapper, bouw, horeca, retail, autotechniek), none from an
 * evaluation set or the probe file; each class read and placed in Houding with its attitude, the warm tasks in the same
 * words kept out.
 */
class NotesAndScenesShownTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | verbindend | De docent is verbindend: in zijn logistiekklas tillen de Poolse en de Rotterdamse jongens na een maand samen pallets
            A4 | nieuwsgierig | Fatma is echt nieuwsgierig naar hoe haar stagiair in Antwerpen de haven beleeft, en belt hem er elke week over
            A4 | flexibel | Mijn collega Ruud is flexibel: als de Duitse garage de stageweek verschuift, past hij zijn bezoek gewoon aan
            A5 | daadkrachtig | De docent blijft daadkrachtig, ook als in Gent de halve groep de verkeerde tram neemt
            """)
    void anAttitudeNamedAsTheSubjectsPredicateIsHouding(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the attitude set in a lesson or a meeting: the task is the note's point
            A2 | De docent is creatief met de lessen groenvoorziening: hij maakt per duo een casus over een Japanse tuin
            A4 | Fatma is alert in het driegesprek: ze hoort de leermeester over 'te traag' praten en vraagt door
            A1 | Fatma is flexibel in de lessen Engels: ze laat de monteurs per week een ander Europees land kiezen
            # an inferred name, not the word: the lexicon's reading of the words decides as before
            A2 | Ruud is benieuwd naar remmen in Japan en ontwerpt daar een opdracht over voor de werkplaats
            """)
    void theWarmTaskOfANoteStaysATask(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            CURIOSITY_ACTED_ON | Toen een cursist vertelde dat zijn vader in Ghana een eigen garage had, heb ik hem de hele middag uitgevraagd over het gereedschap
            CURIOSITY_ACTED_ON | Toen ik las dat hoveniers in Japan jaren leerling blijven, heb ik een kweker in Kyoto gemaild om te horen hoe dat gaat
            NOT_WAVED_AWAY | Ik wuif het niet weg als een stagiaire zegt dat in Spanje niemand een afspraak maakt, maar vraag hoe de salon dan draait
            OWN_ORIGIN_TOLD | Ruud vertelt zijn groep zonder schaamte dat hij uit een woonwagenkamp komt en pas laat leerde lezen
            LINK_TO_WHO_THEY_ARE_ASKED | Toen mijn stagiaire in de winkel alleen nog het magazijn in mocht, vroeg ik de chef of dat met haar hoofddoek te maken had
            BROUGHT_TO_ONE_TABLE | De docent brengt de stagiair in Bremen, zijn leermeester en zijn moeder om één virtuele tafel
            OWN_FRAME_WONDERED | Ik stoorde me aan de lange pauzes op de bouwplaats in Sevilla en heb me afgevraagd waarom ik dat eigenlijk zo erg vind
            FRESH_COURAGE | Na de afwijzing van onze aanvraag was ik even van slag, maar twee dagen later belde ik alweer met Gent
            ROLES_NOT_CAST_BY_ORIGIN | Bij de rollenspellen aan de balie let Bas erop dat de lastige gast niet steeds een accent heeft
            """)
    void readsEachKind(String kind, String text) {
        assertThat(CheckFixture.shownConductKind(text)).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a call on an errand after news, a weekly call of care
            Toen de stagiair vertelde dat hij ziek was, heb ik de garage in Aken gebeld om zijn week te verschuiven
            Belt de stagiair in Gent elke vrijdag even om te horen hoe het gaat
            # learners made to tell, a lesson on links to background
            Laat cursisten zonder schaamte vertellen dat ze uit een ander land komen
            Bespreekt in de les of een taakverdeling iets met afkomst te maken heeft
            # a table set, chairs put round a table
            Zet voor de open dag van de internationale klas de tafels in de kantine klaar
            # something watched that is no casting by origin
            Let erop dat de stagiairs niet steeds te laat komen in de werkplaats in Gent
            """)
    void readsNoneInTheLookAlikes(String text) {
        assertThat(CheckFixture.shownConductKind(text)).as(text).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | nieuwsgierig | Toen een cursist vertelde dat zijn vader in Ghana een eigen garage had, heb ik hem de hele middag uitgevraagd over het gereedschap
            A2 | open-minded | Ik wuif het niet weg als een stagiaire zegt dat in Spanje niemand een afspraak maakt, maar vraag hoe de salon dan draait
            A1 | open | Ruud vertelt zijn groep zonder schaamte dat hij uit een woonwagenkamp komt en pas laat leerde lezen
            A4 | alert | Toen mijn stagiaire in de winkel alleen nog het magazijn in mocht, vroeg ik de chef meteen of dat met haar hoofddoek te maken had
            A4 | verbindend | De docent brengt de stagiair in Bremen, zijn leermeester en zijn moeder om één virtuele tafel
            A4 | cultureel zelfbewust | Ik stoorde me aan de lange pauzes op de bouwplaats in Sevilla en heb me afgevraagd waarom ik dat eigenlijk zo erg vind
            A4 | veerkrachtig | Toen een garage in Aken mijn stagiair na een week terugstuurde, was ik even boos, maar de woensdag erna stond ik er alweer met een nieuw voorstel
            A2 | cultureel sensitief | Bij de rollenspellen aan de balie let Bas erop dat de lastige gast niet steeds een accent heeft
            A5 | daadkrachtig | Ruud had binnen een kwartier een taxi en de hele groep op weg, toen in Lille de bus niet kwam
            """)
    void theSceneIsPlacedInHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    /** The probes of the session, written before the readings; 0.567 / 0.552 at the start (987106b8). */
    @Test
    void probesHoldTheirMeasuredLevel() throws Exception {
        List<LabelledStatement> probes = ReadableStatements.probes("att29-probes.jsonl");
        assertThat(probes).hasSize(30);
        Evaluation e = Evaluation.run(probes, CheckFixture.SORTER);
        assertThat(e.accuracy()).isGreaterThanOrEqualTo(0.90);
        assertThat(e.attitudeF1()).isGreaterThanOrEqualTo(0.92);
    }
}
