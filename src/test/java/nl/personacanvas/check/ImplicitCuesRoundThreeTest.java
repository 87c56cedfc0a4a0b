package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 13 (gen13): real task statements whose international, intercultural or diversity content is implicit,
 * by class (how a diverse class talks and belongs together in A1, the unwritten ways of the workplace in A3-A5,
 * mobility papers, models of intercultural communication, neighbouring countries, machine translation, hair and
 * skin of every origin, the sea's international rules), and statements where others are the subject but the
 * teacher gives or guides what they do. Each was generic on the build this branch started from (efeedae). Beside
 * them, statements with nothing international that stay too general and others' tasks that stay theirs.
 * Sentences written for these tests, none from an evaluation set.
 */
class ImplicitCuesRoundThreeTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Begeleidt een klassengesprek zonder te oordelen over wat studenten inbrengen",
        "A1|Laat studenten naar elkaar luisteren zonder oordeel",
        "A1|Zorgt dat ieders inbreng telt bij een discussie in de klas",
        "A1|Bespreekt taboes en beladen onderwerpen rustig met de groep",
        "A1|Doorbreekt kliekjes in de klas door nieuwe groepjes te maken",
        "A1|Zorgt dat elke student zichzelf kan zijn in de groep",
        "A1|Zorgt voor gelijkwaardigheid in de samenwerking tussen studenten",
        "A1|Bespreekt met de klas hoe je omgaat met grappen die kwetsen",
        "A1|Zet werkvormen in waarbij iedereen aan het woord komt, ook de stille studenten",
        "A1|Kiest beeldmateriaal waarin iedere student zich kan herkennen",
        "A1|Zorgt dat de casussen in de reader herkenbaar zijn voor alle studenten in de klas",
        "A1|Ontwerpt een opdracht waarin studenten hun eigen ervaringen inbrengen",
        "A1|Maakt een les waarin studenten leren dat niet iedereen hetzelfde denkt over gezondheid",
        "A1|Bespreekt kansenongelijkheid bij het vinden van een stage",
        "A1|Maakt microagressies in de klas bespreekbaar",
        "A1|Zorgt dat eerstegeneratiestudenten de weg vinden op school",
        "A1|Houdt in de les rekening met andersdenkenden",
        "A1|Werkt met studenten uit alle windstreken",
        "A1|Geeft les aan een groep met studenten uit allerlei landen",
        "A1|Leert studenten hoe het hier in Nederland werkt op de bouwplaats",
        "A2|Laat studenten oefenen met gasten uit de buurlanden aan de receptie",
        "A2|Leert studenten het verschil tussen direct en indirect communiceren",
        "A2|Gebruikt de dimensies van Hofstede in de les over klantcontact",
        "A2|Laat studenten oefenen met collectivistische en individualistische klanten",
        "A2|Laat studenten reflecteren op hun eigen referentiekader",
        "A2|Leert studenten omgaan met ouders met een andere opvoedstijl",
        "A2|Laat studenten de vertaalfunctie van Google Translate gebruiken bij klanten",
        "A2|Werkt met DeepL om werkinstructies om te zetten",
        "A2|Bespreekt de inburgeringscursus met studenten in de entreeklas",
        "A2|Oefent de standaardzinnen van de SMCP met de matrozen in opleiding",
        "A2|Behandelt de regels van SOLAS en MARPOL in de les",
        "A2|Leert kappersstudenten kroeshaar en afrohaar te knippen",
        "A2|Laat studenten make-up kiezen voor alle huidtinten",
        "A2|Leert studenten modest fashion te presenteren in de winkel",
        "A3|Bouwt contacten op met bedrijven in de buurlanden voor stageplekken",
        "A3|Bespreekt met de student dat het er op de werkvloer anders aan toegaat dan op school",
        "A3|Helpt de student de mores van het leerbedrijf te begrijpen",
        "A3|Bereidt de student voor op de codes en gewoontes op de werkvloer",
        "A3|Bespreekt met de student de toon en humor op de werkvloer",
        "A3|Laat de student reflecteren op wat hem verraste bij het leerbedrijf",
        "A3|Coacht de student die zich niet thuis voelt in het team van het leerbedrijf",
        "A3|Helpt de student die moeite heeft met de directe toon van zijn praktijkopleider",
        "A4|Bereidt inkomende studenten voor op hun stage in de keuken",
        "A4|Begeleidt uitgaande studenten tijdens hun stageperiode",
        "A4|Vult samen met de student de learning agreement in",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        CueAssertions.assertCounts(activity, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Kan goed plannen",
        "A2|Houdt de cijferadministratie bij",
        "A1|Zorgt voor een rustige sfeer in het lokaal",
        "A1|Kan goed met lastige klassen omgaan",
        "A1|Beoordeelt de presentaties zonder vooraf een cijfer te noemen",
        "A1|Maakt nieuwe groepjes voor het project",
        "A1|Zet werkvormen in waarbij studenten actief zijn",
        "A1|Houdt een klassengesprek over de planning van de stage",
        "A1|Kan de lesstof herkenbaar uitleggen",
        "A1|Laat studenten hun ervaringen van de stage delen",
        "A1|Geeft alle studenten gelijke kansen op een goed cijfer",
        "A1|Bespreekt normen en waarden in de klas",
        "A1|Heeft oog voor elke student",
        "A2|Gebruikt eigen ervaringen uit het vak in de les",
        "A2|Laat studenten hun huidtype bepalen voor een gezichtsbehandeling",
        "A2|Leert studenten krullend haar te fohnen",
        "A2|Communiceert direct en duidelijk met collega's",
        "A2|Leert studenten indirecte kosten te berekenen",
        "A2|Maakt de vertaalslag van theorie naar praktijk",
        "A2|Legt uit hoe uitgaande post wordt verwerkt in het magazijn",
        "A2|Legt uit hoe het hier op de afdeling werkt",
        "A2|Leert studenten de regels voor brandveiligheid aan boord",
        "A3|Houdt de inkomende telefoontjes van leerbedrijven bij",
        "A3|Plant de stagebezoeken in",
        "A3|Bespreekt met de praktijkopleider de voortgang van de student",
        "A3|Helpt de student zijn uren bij te houden in het portfolio",
        "A4|Plant halverwege de stage een bezoek in",
    })
    void everydayWordingStaysTooGeneral(String activity, String text) {
        CueAssertions.assertTooGeneral(activity, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A3|Studenten krijgen op de terugkomdag van haar de ruimte om te vertellen over botsingen op de werkvloer",
        "A3|Studenten presenteren onder zijn begeleiding hun ervaringen met collega's uit andere culturen",
    })
    void theTeacherGivingOrGuidingIsTheTeachersTask(String activity, String text) {
        assertThat(sorter.sort(text, activity).reason()).as(text).isNotEqualTo(GenericReason.OTHER_PERSON);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4|Het international office regelt de visa voor de stagiairs in Ghana",
        "A5|Het reisbureau boekt de vluchten van haar groep naar Rome",
        "A3|Studenten krijgen van het stagebureau een map met de regels van het leerbedrijf",
        "A4|Ouders krijgen van de school een brief over de verzekering in het buitenland",
        "A5|De chauffeur rijdt de groep met haar naar het vliegveld van Barcelona",
        "A3|Studenten leveren hun verslag over de stage bij Duitse bedrijven bij haar in",
    })
    void othersTasksStayTheirs(String activity, String text) {
        assertThat(sorter.sort(text, activity).reason()).as(text).isEqualTo(GenericReason.OTHER_PERSON);
    }
}
