package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17 (gen17): international or diversity content the cue lists did not know, in statements written like the
 * issue's dev set: a mixed work gang, ocean-going shipping, Dutch only just being learnt (written without "het"), and
 * the only woman or man in a trade of the other sex. Each task statement was too general on the build this branch
 * started from (8c5ff74); the everyday statements beside them stay too general. Sentences written for this test,
 * none from an evaluation set.
 */
class CrewsLanguageAndGenderCuesTest {
    private final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a work gang of many origins
        "A1|Schrijft een leeruitkomst over samenwerken in een gemengde ploeg",
        "A3|Bespreekt met de stagiair hoe het is om in een gemengde ploeg op de kade te werken",
        // ocean-going shipping
        "A2|Nodigt een oud-stuurman uit die jaren op de grote vaart voer",
        "A2|Haalt verhalen op bij collega's die op de wilde vaart hebben gevaren",
        "A1|Maakt een lesopdracht over het leven aan boord in de grote vaart",
        // Dutch only just being learnt or barely understood
        "A3|Spreekt de stagiair die amper Nederlands verstaat in eenvoudige zinnen aan",
        "A1|Maakt werkbladen met pictogrammen voor studenten die het Nederlands nog niet beheersen",
        "A4|Oefent het veiligheidsgesprek met een student die nog maar net Nederlands praat",
        // the only woman or man in a trade of the other sex, a trade seen as one sex's
        "A3|Coacht de enige vrouwelijke stagiair op de sleepboot",
        "A3|Begeleidt een meisje dat als enige vrouw in de werkplaats stage loopt",
        "A3|Begeleidt de enige mannelijke stagiair op de kinderopvang",
        "A1|Ontwerpt een les over vrouwen in een mannenberoep als de scheepvaart",
        "A2|Bespreekt met de klas hoe het is om als vrouw op een sleepboot te werken",
        "A3|Begeleidt een jongen die als man stage loopt in de kraamzorg",
        // other continents, the trade's English in one word
        "A3|Bereidt cadetten voor op maanden aan boord met collega's van andere continenten",
        "A2|Oefent met studenten radiogesprekken met de verkeerspost in zeevaartengels",
        // transport's international treaties and codes by short name, the flag a ship sails under
        "A2|Laat studenten de gevaarlijke-stoffenregels van de ADR toepassen",
        "A2|Oefent met de klas het stuwen volgens de IMDG-code",
        "A1|Ontwerpt een opdracht over vlaggenstaten en goedkope vlaggen",
        // who is shown in media, as a subject
        "A1|Ontwerpt een lessenreeks over representatie in films en games",
        "A2|Bespreekt met de klas waarom vrouwen in reclames ondervertegenwoordigd zijn",
    })
    void implicitInternationalContentCounts(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.GENERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A1|Kan goed plannen",
        "A3|Zorgt dat de ploeg op tijd aan boord is",
        "A2|Verdeelt de klas in gemengde groepjes jongens en meisjes",
        "A2|Haalt bij collega's materiaal op voor de lessen over de binnenvaart",
        "A1|Spreekt in de les duidelijk Nederlands",
        "A2|Corrigeert de spelfouten in het Nederlands van de verslagen",
        "A3|Coacht de stagiair op de baggerschepen",
        "A3|Bezoekt de vrouwelijke stagiair op haar stageadres",
        "A1|Vraagt enige vrouwen uit het bedrijf om mee te denken over de opdracht",
        "A2|Laat enige jongens uit de klas de werkplaats opruimen",
        "A2|Leert studenten netjes Nederlands schrijven",
        "A2|Laat studenten een kort Nederlands verslag schrijven",
        "A1|Zorgt voor een goede representatie van de opleiding op de open dag",
        "A2|Hangt de vlag uit bij de diploma-uitreiking",
        "A2|Bespreekt met de klas hoe je als monteur een klant te woord staat",
        "A2|Laat studenten oefenen met het continentaal ontbijt",
    })
    void everydayStaysTooGeneral(String activity, String text) {
        SortedStatement s = sorter.sort(text, activity);
        assertThat(s.placement()).as(text).isEqualTo(Placement.GENERIC);
        assertThat(s.reason()).as(text).isEqualTo(GenericReason.TOO_GENERAL);
    }
}
