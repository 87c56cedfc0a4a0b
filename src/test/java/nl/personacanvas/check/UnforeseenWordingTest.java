package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 10 (quad10): the classes of wording nobody foresaw that the study sets S25-S28 and the labelled sets
 * showed — a mixed class, languages side by side, cross-border trade, time zones and the students' own family as
 * international content; organisations and roles acting on their own; "door" inside a subordinate clause or
 * after "zich"; others who know or notice something of the teacher; "als" without a verb; what the teacher knows
 * as no attitude; a task the classifier is sure of; and the classifier's examples of building lessons around a
 * theme and of a place in the school's plans. Sentences written for these tests, none from an evaluation set.
 */
class UnforeseenWordingTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Zet in de gemengde klas vaste tafelgroepjes neer voor het project",
        "A1|Verdeelt de klas in gemengde groepen voor de opdracht over voeding",
        "A1|Laat de groepjes mixen zodat niet steeds dezelfde vrienden samenwerken",
        "A1|Vraagt studenten welke gerechten in hun familie bij een feest horen",
        "A1|Laat studenten merken wanneer ze aan codeswitching doen",
        "A3|Steunt een stagiair die om haar accent wordt nagedaan",
        "A2|Legt uit hoe incoterms de verantwoordelijkheid voor de lading verdelen",
        "A2|Laat studenten een set douanepapieren voor een zending invullen",
        "A2|Plant het klantgesprek rekening houdend met het tijdsverschil",
        "A1|Koppelt eerstejaars aan een maatje uit de ISK-klas",
        "A2|Laat studenten de route van een container uit Ningbo naar Venlo uittekenen",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Legt het accent op samenwerking in de les",
        "A1|Maakt groepjes voor het project",
        "A2|Vertelt over de familie van de eigenaar van het leerbedrijf",
    })
    void withoutTheirCounterpartTheseWordsAreStillTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Het productiehuis regelt een werkplek voor de stagiair in Berlijn",
        "De gastfamilie haalt de student in Cork op van het vliegveld",
        "De schoolleiding beslist over het budget voor de reis naar Rome",
        "IO sluit de reisverzekering voor de groep af",
        "Praktijkbegeleider beoordeelt de stagiair in Brussel",
        "De opleidingscommissie keurt het keuzedeel Duits goed",
        "Werkbegeleider leerbedrijf tekent de urenlijst van de stagiair in Aken",
        "Het visum wordt aangevraagd door het international office",
        "Studenten weten welke formulieren ze voor de reis naar Praag moeten invullen",
        "Ouders weten: ze moeten het toestemmingsformulier voor Parijs tekenen",
    })
    void anotherPartyActs(String text) {
        assertThat(lexicons.actors.isOtherPerson(lexicons.analyzer.analyze(text))).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "door" inside a subordinate clause, or after "zich": the teacher's own doing
        "Merkt het op wanneer een stagiair in Madrid door collega's wordt genegeerd",
        "Grijpt in als een student door klasgenoten om zijn afkomst wordt uitgelachen",
        "Laat zich graag bijpraten door studenten over hun stage in Gent",
        // what others know or notice of the teacher
        "Stagiairs weten: hij neemt altijd de telefoon op",
        "Studenten merken dat hun docent altijd tijd voor ze maakt",
        "Stagiairs in Spanje weten: zij staat voor ze klaar",
    })
    void theTeachersOwnDoing(String text) {
        assertThat(lexicons.actors.isOtherPerson(lexicons.analyzer.analyze(text))).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Stagiairs weten: hij neemt altijd de telefoon op|2",
        "Studenten merken dat hun docent altijd tijd voor ze maakt|4",
    })
    void whatOthersKnowOfTheTeacherNamesTheTeacher(String text, int teacher) {
        assertThat(lexicons.actors.teacherAsObject(lexicons.analyzer.analyze(text))).as(text).isEqualTo(teacher);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bespreekt gevoelige onderwerpen als religie en migratie|false",
        "Gebruikt de vergelijking tussen Duitse en Nederlandse wetten als opdracht|false",
        "Blijft kalm als een stagiair in Parijs zijn paspoort kwijt is|true",
        "Past het programma aan wanneer de bus naar Lyon niet komt|true",
        "Vraagt door als studenten iets over hun land vertellen|true",
    })
    void aSituationHasAVerb(String text, boolean situation) {
        assertThat(lexicons.attitudes.inSituation(lexicons.analyzer.analyze(text))).as(text).isEqualTo(situation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wij weten welke bedrijven openstaan voor nieuwkomers met weinig Nederlands",
        "Weet welke leerbedrijven altijd openstaan voor stagiairs met een vluchtverhaal",
        "Weet welke collega's flexibel zijn als er lessen geruild moeten worden voor de reis naar Rome",
    })
    void whatTheTeacherKnowsIsNoPredicateOfAnAttitude(String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(lexicons.attitudes.recognise(analysed, -1).phrasedAsAttitude()).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Laat de klas in gemengde tweetallen koken en stuurt bij als een duo langs afkomst uit elkaar gaat",
        "A1|Laat studenten in gemengde teams een poster maken en grijpt in als een team zich langs culturele lijnen splitst",
    })
    void aTaskTheClassifierIsSureOfStaysATask(String activity, String text) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(QuadrantScores.firmTask(lexicons.classifier.classify(analysed))).as(text).isTrue();
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.of(Quadrant.DELIVER));
        assertThat(s.attitudes()).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Bouwt een lessenserie rond reclames uit Brazilie|DESIGN",
        "A2|Bouwt de module om een opdracht van een Belgische klant heen|DESIGN",
        "A2|Bouwt een netwerk op met bedrijven in Vlaanderen|ORGANISE",
        "A2|Regelt met de teamleider dat de internationale module in de jaarplanning komt|ORGANISE",
    })
    void theClassifierPlaces(String activity, String text, Quadrant quadrant) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isEqualTo(Placement.of(quadrant));
    }
}
