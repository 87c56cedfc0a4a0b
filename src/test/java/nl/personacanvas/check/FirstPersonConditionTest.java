package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (`att19`): a condition written as a verb-first clause or a question ("Is een student ..., dan schuif ik
 * ...", "Geen stageplek? Dan zoek ik ...") is a leading clause, so its main clause is read as behaviour told in the
 * first person; "Bij ... wil ik ..." inverts its subject after a function verb; and the plain first-person lines of
 * the lexicon. Sentences written for these tests (horeca, transport, bakery, garage), none from an evaluation set.
 */
class FirstPersonConditionTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Valt de stageplek bij het hotel in Keulen anders uit dan gepland, dan pas ik het stageplan aan|pas",
        "Is het restaurant in Porto dicht, dan verzin ik ter plekke een ander programma|verzin",
        "Geen stageplek in Gent? Dan zoek ik via het netwerk van de school een ander leerbedrijf|zoek",
        "Bij een bezoek aan een bakkerij in Lyon wil ik precies weten hoe ze hun leerlingen opleiden|wil",
    })
    void aConditionWithoutConjunctionIsReadAtItsMainClause(String text, String verb) {
        AnalyzedText analysed = lexicons.analyzer.analyze(text);
        assertThat(analysed.words().get(analysed.mainClause()).surface()).as(text).isEqualTo(verb);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a first-person statement with "dan" after a comma: its own opening stays (no verb-first condition)
        "Ik bel de student in Keulen, dan weet ik of de stage goed loopt",
        // "dan" of a comparison, and no "dan" at all
        "Bespreekt met de leermeester in Gent wat anders loopt dan gepland",
        "Past het stageplan aan als de stageplek in Keulen anders uitvalt",
    })
    void otherwiseTheStatementIsReadFromItsStart(String text) {
        assertThat(lexicons.analyzer.analyze(text).mainClause()).as(text).isZero();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            true  | Zegt een transportbedrijf in Antwerpen de stage af, dan bel ik dezelfde middag een ander
            true  | Geen stageplek in Gent? Dan zoek ik zelf een ander leerbedrijf
            false | Staking bij de bus in Lyon? Dan huren we een taxi voor de groep
            false | Belt de leermeester in Gent, dan zoekt hij een oplossing voor de student
            false | Ik bel de student in Keulen, dan weet ik of de stage goed loopt
            """)
    void reactsInFirstPersonAfterAnInvertedCondition(boolean expected, String text) {
        assertThat(Reactions.inFirstPerson(lexicons.analyzer.analyze(text))).as(text).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | flexibel             | Valt de stageplek bij het hotel in Keulen anders uit dan gepland, dan pas ik het stageplan aan zonder moeilijk te doen
            A4 | veerkrachtig         | Zegt een transportbedrijf in Antwerpen de stage op het laatste moment af, dan baal ik even, maar dezelfde middag bel ik het volgende bedrijf
            A4 | veerkrachtig         | Gaat een gesprek met een leermeester in Gent slecht, dan ga ik niet zitten mopperen maar plan ik een nieuw gesprek
            A3 | nieuwsgierig         | Bij een bezoek aan een bakkerij in Lyon wil ik precies weten hoe ze daar hun leerlingen opleiden
            A1 | cultureel zelfbewust | Ik besef dat onze Hollandse directheid in de keuken voor studenten uit Indonesie hard kan overkomen
            A1 | empathisch           | Ik probeer me voor te stellen hoe het is om als Oekraiense vrachtwagenchauffeur in een klas vol Brabanders te zitten
            A1 | cultureel zelfbewust | Ik weet dat ik als Nederlander snel kritiek geef, en dat leg ik de studenten uit Marokko ook uit
            A2 | lerende houding      | Ik praat veel met mijn collega uit Curacao over haar vak, daar steek ik veel van op
            A1 | verbindend           | Ik verbind de Poolse en de Nederlandse leerlingen met elkaar
            """)
    void namesItsAttitude(String activity, String attitudes, String text) {
        List<String> expected = Arrays.stream(attitudes.split(",")).map(String::strip).toList();
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Is de stageovereenkomst met het hotel in Keulen getekend, dan stuur ik een kopie naar de administratie
            A5 | Gaat de reis naar Lyon door, dan boek ik de bus en de jeugdherberg
            A3 | Bij een bezoek aan een bakkerij in Lyon bespreek ik met de leermeester het beoordelingsformulier
            A2 | Staat de module over Duitse transportregels klaar, dan leg ik hem voor aan de examencommissie
            A4 | Geen stageplek in Gent? Dan zoek ik via het netwerk van de school een ander leerbedrijf in Belgie
            A4 | Komt een student uit Antwerpen terug, dan plan ik de terugkomdag en het eindgesprek
            A2 | Ik neem de feedback van de Duitse leerbedrijven mee naar de volgende versie van de module
            A1 | Ik verbind mijn lessen over voeding in andere culturen met de lessen burgerschap
            A1 | Verbindt de lessen over migratie met de lessen Nederlands
            """)
    void firstPersonTasksInTheSameShapesNameNone(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }

    /** "leerling" is read as the examples' "student"; the teacher "als leerling" keeps the word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Als een leerling uit Syrie stil wordt, vraag ik na de les hoe het gaat|student",
        "Ik zet de leerlingen uit Polen en Twente bewust naast elkaar|studenten",
        "Ziet zichzelf als leerling bij de collega's in Gent|leerling",
    })
    void aPupilIsReadAsAStudent(String text, String word) {
        assertThat(lexicons.analyzer.analyze(text).words()).extracting(Word::surface).as(text).contains(word);
    }

    /** In the first person a habit adverb anywhere in the main clause makes behaviour; the model tells which. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | nieuwsgierig | Ik vraag mijn Eritrese leerlingen graag hoe een kapsalon er bij hen thuis uitziet
            A4 | -            | Ik bespreek de planning graag vooraf met de leermeester in Keulen
            A2 | -            | Ik maak de opdrachten over Duitse bouwregels graag zelf
            A4 | -            | Ik bel de stagiairs in Gent steeds op maandag om de week door te nemen
            """)
    void aFirstPersonHabitIsBehaviour(String activity, String attitude, String text) {
        assertThat(lexicons.attitudes.habitual(lexicons.analyzer.analyze(text))).as(text).isTrue();
        SortedStatement sorted = sorter.sort(text, activity);
        if (attitude.equals("-")) {
            assertThat(sorted.attitudes()).as(text).isEmpty();
        } else {
            assertThat(sorted.attitudes()).as(text).containsExactly(attitude);
        }
    }
}
