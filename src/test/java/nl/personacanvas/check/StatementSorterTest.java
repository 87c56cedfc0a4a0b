package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementSorterTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;
    private static final CompetencyMatrix matrix = CheckFixture.MATRIX;

    @Test
    void somethingNotInternationalIsTooGeneral() {
        SortedStatement s = sorter.sort("Kan goed plannen", "A4");
        assertThat(s.placement()).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).isEqualTo(GenericReason.TOO_GENERAL);
        assertThat(s.elements()).isEmpty();
    }

    /** Everyday words whose stem is a cue's (news, a Viennese stay, Polish, language inside totaal...) stay too general. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Maakt een planning voor het nieuwe schooljaar",
        "Werkt met een totaal programma",
        "Zorgt voor een vitaal team",
        "Went snel aan een nieuwe klas",
        "Er zit schot in het project",
        "Ziet de pool van begeleiders",
        "Doet een duit in het zakje",
    })
    void everydayWordsThatLookLikeCuesAreTooGeneral(String text) {
        SortedStatement s = sorter.sort(text, "A1");
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).isEqualTo(GenericReason.TOO_GENERAL);
    }

    /** ...while the languages, nationalities and places those cues are for still count. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Geeft les in het Duits",
        "Oefent met studenten in het Engels",
        "Laat een Poolse collega vertellen over haar opleiding",
        "Bereidt een stage in Wenen voor",
        "Geeft taalles aan nieuwkomers",
        "Past haar taal aan aan de student",
        "Bespreekt het nieuws over de verkiezingen in Turkije",
        "Koppelt het nieuws aan het beroep",
    })
    void languagesNationalitiesAndPlacesStillCount(String text) {
        assertThat(sorter.sort(text, "A1").placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    /**
     * Implicit international content (session 6): countries and languages from the JDK's CLDR names, places
     * and peoples of foreign-names.txt, worldview, stereotypes, trade across borders, two weak cues together,
     * and cues that count by the activity's nature (the A4 intern is abroad; a clash at an A3 placement).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A2|Laat studenten een gerecht uit Bangladesh bereiden",
        "A2|Vergelijkt de wetgeving in Liechtenstein en Nederland",
        "A1|Laat een student vertellen over zijn Tigrinya",
        "A4|Bereidt een student voor op een stage op Lanzarote",
        "A2|Bespreekt hoe een bakker in Marrakech werkt",
        "A1|Geeft een Molukse oud-student het woord",
        "A2|Ontwikkelt een opdracht over de Verenigde Arabische Emiraten",
        "A3|Bespreekt hoe je een bewoner met een andere levensovertuiging verzorgt",
        "A1|Reageert op de opmerking dat die mensen nooit willen werken",
        "A2|Maakt een les over douane en invoerrechten",
        "A1|Laat studenten muziek en kleding van thuis meenemen",
        "A4|Belt elke week met de stagiair",
        "A3|Bespreekt een misverstand tussen de student en een collega",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    /** ...while one weak cue, a cue of another activity, or home is still too general. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Plant de toetsen rond de feestdagen",
        "A2|Zet de namen van de groepen op het bord",
        "A3|Belt elke week met de stagiair",
        "A1|Bespreekt een misverstand over het rooster",
        "A2|Leert studenten netjes Nederlands schrijven",
        "A1|Geeft les in het Fries",
        "A2|Draagt een jersey bij de gymles",
    })
    void oneWeakCueOrHomeIsStillTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "International office regelt het visum",
        "De studentenadministratie verwerkt de cijfers van de buitenlandstage",
        "Het reisbureau boekt de vluchten naar Barcelona",
        "Ouders tekenen de toestemming voor de reis naar Berlijn",
        "Het visum wordt aangevraagd door het international office",
        "Het internationaal bureau vraagt de Erasmusbeurzen aan",
        "De opleiding betaalt de helft van de reis naar Praag",
        "De school sluit een verzekering af voor de studiereis",
        "Een reisbureau in Sevilla regelt de bus",
        "Het examenbureau plant de presentaties over de buitenlandstage",
        "De douane controleert de paspoorten van de groep",
        "Het stagebureau van de school stuurt de contracten naar Duitsland",
    })
    void anotherPersonsTaskIsGenericWithThatReason(String text) {
        SortedStatement s = sorter.sort(text, "A5");
        assertThat(s.placement()).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).isEqualTo(GenericReason.OTHER_PERSON);
    }

    @Test
    void aTaskTheTeacherDoesToOthersStaysTheTeachers() {
        assertThat(sorter.sort("Schoolt zich bij in interculturele communicatie", "A2").reason()).isNull();
        assertThat(sorter.sort("Ouders informeren over de reis naar Berlijn", "A5").placement())
                .isEqualTo(Placement.ORGANISE);
        assertThat(sorter.sort("Studenten voorbereiden op de cultuurschok in het gastland", "A4").placement())
                .isEqualTo(Placement.DELIVER);
    }

    /** Others acting towards the persona describe the teacher, not a task of theirs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Stagiairs weten hem makkelijk te vinden|benaderbaar",
        "Studenten kunnen altijd bij haar terecht|benaderbaar",
        "De studenten vinden haar toegankelijk|benaderbaar",
        "Stagiairs in Spanje kunnen haar altijd bellen als er iets is|benaderbaar",
        "Studenten appen hem met elke vraag over hun stage in Gent|benaderbaar",
    })
    void whatOthersDoTowardsTheTeacherCanNameAnAttitude(String text, String expected) {
        SortedStatement s = sorter.sort(text, "A3");
        assertThat(s.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(s.attitudes()).containsExactly(expected);
        SortedStatement theirs = sorter.sort("Studenten leveren hun verslag over de stage in Gent bij haar in", "A3");
        assertThat(theirs.reason()).isEqualTo(GenericReason.OTHER_PERSON);
    }

    /**
     * Attitudes in sentence shapes of session 6: a negation that expresses the attitude, what is felt being a
     * culture's norm, a clause the teacher brings about ("Zorgt dat ..."), "Weet ... te ...", going out on
     * one's own; the activity picks between proactief and ondernemend.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A3|Laat zich niet uit het lood slaan als een leerbedrijf in Gent afhaakt|veerkrachtig",
        "A4|Laat zich niet van de wijs brengen als de stage in Spanje niet doorgaat|veerkrachtig",
        "A4|Voelt aan welke onderwerpen in het gastland gevoelig liggen|cultureel sensitief",
        "A1|Zorgt dat studenten uit verschillende culturen samen optrekken|verbindend",
        "A3|Weet snel te zien wanneer een stagiair worstelt met de cultuur|alert",
        "A5|Gaat zelf op pad om nieuwe partners in Polen te vinden|ondernemend",
        "A2|Gaat zelf op pad om internationale partners te vinden|proactief",
    })
    void attitudesInTheirSentenceShapes(String activity, String text, String expected) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(s.attitudes()).as(text).containsExactly(expected);
    }

    @Test
    void aThingBroughtAboutOrATopicTalkedAboutOpenlyIsNoAttitude() {
        assertThat(sorter.sort("Zorgt dat aandacht voor culturele diversiteit een plek krijgt in het opleidingsplan", "A1")
                .placement()).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorter.sort("Praat open met de klas over discriminatie", "A1").attitudes()).doesNotContain("open");
        assertThat(sorter.sort("Voelt aan als een student uit Syrië het moeilijk heeft", "A1").attitudes())
                .containsExactly("empathisch");
    }

    @Test
    void lodgingAndTicketsOfAStayAbroadAreInternationalButAHotelsWorkIsTheHotels() {
        assertThat(sorter.sort("Boekt een jeugdherberg en treinkaartjes voor de groep", "A5").placement())
                .isEqualTo(Placement.ORGANISE);
        assertThat(sorter.sort("Het hotel verzorgt het ontbijt voor de groep", "A5").reason())
                .isEqualTo(GenericReason.OTHER_PERSON);
        assertThat(sorter.sort("Boekt een jeugdherberg en treinkaartjes voor de groep", "A2").reason())
                .as("only a stay abroad makes lodging international").isEqualTo(GenericReason.TOO_GENERAL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Toont flexibiliteit als het programma verandert|flexibel",
        "Heeft veel inlevingsvermogen|empathisch",
        "Toont empathie voor studenten met heimwee|empathisch",
        "Nieuwsgierigheid naar andere culturen|nieuwsgierig",
        "Staat open voor andere gewoonten|open-minded",
        "Is open over zijn eigen achtergrond|open",
        "Flexibele en empathische houding|flexibel;empathisch",
        "Heeft een lerende houding|lerende houding",
        "Heeft zelfvertrouwen in complexe situaties|zelfvertrouwen in complexe situaties",
        "Is zich bewust van zijn eigen culturele bagage|cultureel zelfbewust",
        "Benaderbaar voor stagiairs|benaderbaar",
        "Is daadkrachtig|daadkrachtig",
    })
    void attitudesAreRecognisedThroughInflectionsNounsAndSynonyms(String text, String expected) {
        SortedStatement s = sorter.sort(text, "A4");
        assertThat(s.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(s.attitudes()).containsExactlyInAnyOrder(expected.split(";"));
    }

    @Test
    void anActionThatMentionsAnAttitudeIsNoAttitude() {
        SortedStatement s = sorter.sort("Speelt flexibel in op onverwachte dilemma's en crises in het buitenland", "A4");
        assertThat(s.placement()).isEqualTo(Placement.DELIVER);
        assertThat(s.attitudes()).isEmpty();
        assertThat(s.elements()).extracting(ElementMatch::elementId).contains("A4.deliver.5");
    }

    @Test
    void teachersDutchWithoutPunctuationTyposAndDiminutivesStillLands() {
        assertThat(sorter.sort("begeleid de stagair op afstand en geeft feeback op zn weekverslag", "A4").placement())
                .isEqualTo(Placement.DELIVER);
        assertThat(sorter.sort("maakt een opdrachtje over het gastland", "A4").placement())
                .isEqualTo(Placement.DESIGN);
        assertThat(sorter.sort("Schrijft learning outcomes voor de stage in Spanje", "A4").elements())
                .extracting(ElementMatch::elementId).contains("A4.design.1");
    }

    /** The competencies the study itself quotes from panels, where the study places them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A4|deliver|digitale communicatie kan afstemmen op de behoeften en leefwereld van de student",
        "A4|deliver|Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland",
        "A5|deliver|Kan individuele studenten ondersteunen bij heimwee en incidenten in het buitenland",
        "A3|organise|kan goed netwerken met oog voor culturele verschillen",
        "A4|organise|kan goed netwerken met oog voor culturele verschillen",
        "A3|organise|kan internationale relaties opbouwen, onderhouden en inzetten",
        "A4|organise|kan internationale relaties opbouwen, onderhouden en inzetten",
        "A1|organise|draagvlak kan creëren bij en afstemmen met zijn team",
        "A2|organise|draagvlak kan creëren bij en afstemmen met zijn team",
        "A1|design|materiaal en activiteiten kunnen ontwikkelen die interculturele sensitiviteit stimuleren en aansluiten bij de doelgroep en de diversiteit in de klas",
        "A2|design|kan inspelen op de competenties die studenten nodig hebben om als professional in de Brainportregio aan de slag te gaan",
        "A1|design|zicht heeft op de verschillende perspectieven en invalshoeken in de klas",
    })
    void theStudysPanelQuotesLandWhereTheStudyPutsThem(String activity, String quadrant, String text) {
        assertThat(sorter.sort(text, activity).placement().key()).isEqualTo(quadrant);
    }

    @Test
    void theProfessionalQuoteIsNotGenericAndShowsTheProfessionalRow() {
        SortedStatement s = sorter.sort("hun vak vanuit meerdere perspectieven aan kunnen bieden en de meerwaarde "
                + "hiervan zien", "A2");
        assertThat(s.placement()).isNotEqualTo(Placement.GENERIC);
        assertThat(s.elements()).extracting(ElementMatch::elementId).contains("P.7");
    }

    @Test
    void everyMatrixCellSentenceLandsInItsOwnRow() {
        for (var activity : matrix.activities()) {
            for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
                String text = matrix.cell(activity.id(), q).text();
                assertThat(sorter.sort(text, activity.id()).placement())
                        .as("%s %s: %s", activity.id(), q, text).isEqualTo(Placement.of(q));
            }
        }
    }

    @Test
    void aSchoolsOwnActivityStillGetsAPlacement() {
        SortedStatement s = sorter.sort("Bespreekt actualiteiten vanuit verschillende culturele perspectieven in de les",
                null);
        assertThat(s.placement()).isEqualTo(Placement.DELIVER);
        assertThat(s.elements()).allMatch(e -> e.elementId().startsWith("P."));
    }

    @Test
    void confidenceIsAProbability() {
        for (String text : List.of("Is flexibel", "Kan goed plannen", "Regelt stages in Duitsland", "")) {
            assertThat(sorter.sort(text, "A4").confidence()).isBetween(0.0, 1.0);
        }
    }
}
