package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 12 (gen12): the classes of real task statements the generic step called too general or another person's
 * task — international content named only implicitly (a town abroad no list held, origin said without a country,
 * a community, gender, clashing norms, a faith's food and fasting, not shaking hands, mocked accents, "Hollands" as
 * the Dutch way, asylum shelter and papers, mixed groups, placements and airports abroad, standards and trade across
 * borders) and the teacher acting
 * on people written first ("Ouders belt ze zelf op"). Each cue sentence was too general on the start build
 * (4e719d5). Sentences written for these tests, none from an evaluation set.
 */
class ImplicitCuesAndFrontedPeopleTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // towns and peoples abroad no list held before
        "A3|Laat een student uitzoeken hoe een stageadres in Aveiro eruitziet",
        "A2|Bereidt met een docent uit Odense een gezamenlijke projectweek voor",
        "A5|Plant met de groep een bezoek aan een bakkerij in Kyoto",
        "A2|Laat studenten een Estse vakgenoot interviewen over zijn werk",
        // origin and place said through "land" without naming one; overseas
        "A1|Zoekt voorbeelden uit de landen waar de studenten zijn opgegroeid",
        "A1|Vraagt een nieuwe student uit welk land zijn ouders komen",
        "A3|Leert studenten dat een groet per land anders kan zijn",
        "A3|Legt uit welke regels gelden in het land waar het leerbedrijf gevestigd is",
        "A2|Houdt contact met een vakgenoot overzee",
        // one's community, gender
        "A3|Bespreekt met een stagiaire hoe ze haar eigen gemeenschap en haar werk combineert",
        "A1|Bespreekt met de klas hoe gender een rol speelt bij beroepskeuze",
        "A3|Bereidt studenten voor op een cliënt die liever hulp krijgt van iemand van het andere geslacht",
        // norms and customs that clash or differ
        "A3|Laat stagiairs botsende normen op de werkvloer beschrijven",
        "A3|Bespreekt hoe een uitvaart met een andere rouwtraditie verloopt",
        "A3|Bereidt studenten voor op klanten die geen hand geven",
        // a faith's food and fasting
        "A1|Houdt bij de kookles rekening met wie geen gelatine eet",
        "A1|Past de toetsweek aan voor studenten die vasten",
        // accents mocked; the Dutch way by its old name
        "A1|Stopt het gesprek als er grappen over accenten gemaakt worden",
        "A1|Laat studenten een menu maken dat niet alleen van de Hollandse smaak uitgaat",
        // shelter and papers
        "A1|Haalt een nieuwe student op bij de noodopvang",
        "A3|Zorgt dat een student met een verblijfsvergunning op tijd zijn stagecontract tekent",
        // the activity's own: mixed groups in class (A1), the placement abroad (A4), the airport on a trip (A5)
        "A1|Zet bij groepswerk de studenten gemengd bij elkaar",
        "A4|Zoekt samen met de student een nieuwe stageplek als de eerste afvalt",
        "A5|Spreekt met de groep af waar ze op het vliegveld verzamelen",
        // standards across borders and trade between rich and poor countries; tourists in A2's trades
        "A2|Laat studenten werken volgens de ISO-norm voor laswerk",
        "A2|Bespreekt kinderarbeid in de kledingindustrie",
        "A2|Leert studenten omgaan met toeristen op de camping",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Kan goed plannen",
        "A1|Houdt de cijferadministratie bij",
        "A1|Is altijd goed voorbereid",
        // "accent" as emphasis, "landen" as the verb, a day trip's bus, a mixed salad, a placement outside A4
        "A1|Legt in de les de accenten op de praktijk",
        "A1|Zorgt dat de uitleg goed landt bij de klas",
        "A1|Laat de klas discussieren over de bus naar school",
        "A1|Laat de leerlingen een gemengde salade maken",
        "A3|Zoekt samen met de student een nieuwe stageplek",
        "A1|Leert studenten omgaan met toeristen op de camping",
        // "gemeenschappelijk" is shared, not a community
        "A1|Bespreekt de gemeenschappelijke afspraken met de klas",
    })
    void everydayWordingStaysTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the people fronted as the object, the teacher the subject after the verb
        "A1|Ouders van anderstalige studenten belt ze zelf op",
        "A2|Collega's uit het buitenland ontvangt hij in de werkplaats",
        "A4|Stagiairs in Spanje belt ze elke week",
        "A5|Het gastgezin in Valencia belt hij na aankomst",
        // a passive of regard whose unwritten subject is the teacher
        "A2|Wordt door collega's gevraagd om mee te denken over de uitwisseling met Polen",
        "A5|Is door de opleiding gevraagd om de reis naar Spanje te begeleiden",
    })
    void theTeacherActingOnOthersIsNoOtherPersonsTask(String activity, String text) {
        assertThat(sorter.sort(text, activity).reason()).as(text).isNotEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4|International office regelt het visum",
        // "ze" after a singular actor is "them": the agency's task
        "A5|Het reisbureau boekt ze de tickets naar Spanje",
        // a plural verb: "ze" is the parents' object
        "A5|De ouders betalen ze zelf, de tickets voor de reis naar Spanje",
        // a thing done by others, in the passive
        "A4|Wordt door het international office geregeld",
        "A4|Het visum wordt geregeld door het international office",
    })
    void othersTasksStayOthers(String activity, String text) {
        assertThat(sorter.sort(text, activity).reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }
}
