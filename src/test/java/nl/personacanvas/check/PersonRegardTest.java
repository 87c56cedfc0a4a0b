package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 21 (`att21`): an attitude told as a scene lies in the regard for a person, the why and how of what the
 * teacher does ({@link PersonRegard}). Sentences written for these tests (groen, horeca, techniek, logistiek, kapper),
 * none from an evaluation set.
 */
class PersonRegardTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            RESTRAINT     | Een student uit Eritrea snijdt het vlees heel anders dan wij; in plaats van hem te verbeteren laat Bas hem het voordoen
            RESTRAINT     | Bij de kapperles luistert Fenna eerst, zonder oordeel, als een cursist uitlegt waarom hij het haar zo knipt
            ASKING_WHY    | Als een cursist zegt dat vrouwen geen chef kunnen zijn, vraag ik eerst waarom hij dat vindt voor ik reageer
            ASKING_CUSTOM | Voordat ik de stage in Duitsland regel, vraag ik mijn leerling eerst of hij liever bij een Turks of een Duits bedrijf werkt
            ASKING_FIRST  | Toen een student vertelde dat de monteurs hem 'de buitenlander' noemden, heb ik eerst gevraagd hoe dat voor hem was
            CALM          | Toen twee studenten in de keuken ruzie kregen over de oorlog in Gaza, bleef Marco rustig en voerde hij het gesprek met de hele brigade
            CARING        | Toen een leerling in de bloemenwinkel werd uitgelachen om zijn accent, heb ik eerst met hem gepraat en geluisterd
            CARING        | Priscilla merkt bij een bezoek aan het tuincentrum dat haar Syrische stagiair niet meer lacht, en neemt hem na afloop even apart
            GRASPING      | Begreep dat de Koerdische leerling het lastig vond om over zijn familie te vertellen, en liet het onderwerp rusten
            DISTRESS      | Ik hoor aan de toon van mijn stagiaire in Porto dat ze heimwee heeft, ook al zegt ze dat het goed gaat
            DISTRESS      | Kees ziet tijdens het stagebezoek dat zijn Turkse leerling steeds alleen luncht in de kantine
            NOTICING      | Jeroen merkte als eerste dat een stagiair in Keulen 's avonds nooit meer online was
            REACHING      | Mijn stagiairs in de horeca appen me ook 's avonds als een gast iets kwetsends zegt over hun hoofddoek
            """)
    void readsTheKindOfRegard(PersonRegard.Kind kind, String text) {
        assertThat(lexicons.regard.read(lexicons.analyzer.analyze(text))).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a group noticed is what a lesson answers
            Ziet dat zijn klas uit veel landen komt, en maakt een menu met gerechten van thuis
            Merkt dat de studenten weinig weten van de Marokkaanse keuken en laat ze in groepjes recepten zoeken
            # judging held back while leading a class conversation is how the task is done
            Leidt een kringgesprek over eten tijdens de ramadan zonder te oordelen
            # someone else who notices, and noticing as a task's condition
            Werkt samen met een praktijkopleider in Gent die snel ziet wanneer een stagiair het moeilijk heeft
            Helpt een leerling reflecteren als hij merkt dat een klant uit Turkije hem anders aanspreekt
            # the teacher's own ways noticed are self-knowledge, for the lexicon
            Ik merk dat ik de Turkse klanten in de winkelles anders aanspreek
            # asking the class first what they want is planning; learners calling about their hours is a routine
            Vraagt de studenten eerst welke steden ze in Spanje willen zien en boekt dan de reis
            De stagiairs in Spanje bellen elke vrijdag de stagecoordinator over hun uren
            # calm after a plan fell through is not calm in a clash
            Bleef rustig toen de bus naar Keulen niet kwam en regelde een andere
            """)
    void readsNoRegard(String text) {
        assertThat(lexicons.regard.read(lexicons.analyzer.analyze(text))).as(text).isNull();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | open-minded                          | Een student uit Eritrea snijdt het vlees heel anders dan wij; in plaats van hem te verbeteren laat Bas hem het voordoen
            A3 | cultureel sensitief                  | Voordat ik de stage in Duitsland regel, vraag ik mijn leerling eerst of hij liever bij een Turks of een Duits bedrijf werkt
            A1 | zelfvertrouwen in complexe situaties | Toen twee studenten in de keuken ruzie kregen over de oorlog in Gaza, bleef Marco rustig en voerde hij het gesprek met de hele brigade
            A3 | empathisch                           | Toen een leerling in de bloemenwinkel werd uitgelachen om zijn accent, heb ik eerst met hem gepraat en geluisterd
            A3 | empathisch                           | Priscilla merkt bij een bezoek aan het tuincentrum dat haar Syrische stagiair niet meer lacht, en neemt hem na afloop even apart
            A4 | empathisch                           | Ik hoor aan de toon van mijn stagiaire in Porto dat ze heimwee heeft, ook al zegt ze dat het goed gaat
            A3 | benaderbaar                          | Mijn stagiairs in de horeca appen me ook 's avonds als een gast iets kwetsends zegt over hun hoofddoek
            """)
    void aSceneOfRegardIsHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | Ziet dat zijn klas uit veel landen komt, en maakt een menu met gerechten van thuis
            A1 | Merkt dat de studenten weinig weten van de Marokkaanse keuken en laat ze in groepjes recepten zoeken
            A1 | Leidt een kringgesprek over eten tijdens de ramadan zonder te oordelen
            A1 | Laat studenten vertellen hoe hun moeder het vak leerde, zonder daar een oordeel over te geven
            A3 | Helpt een leerling reflecteren als hij merkt dat een klant uit Turkije hem anders aanspreekt
            A4 | De stagiairs in Spanje bellen elke vrijdag de stagecoordinator over hun uren
            """)
    void tasksInTheSameShapesStayTasks(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }
}
