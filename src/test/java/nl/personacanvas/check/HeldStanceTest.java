package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (`att26`): stances held in a scene read by {@link HeldStance}. Sentences written for these tests (zorg,
 * bouw, horeca, ICT, logistiek, groen, kapper, autotechniek), none from an evaluation set; each kind read in its forms,
 * its look-alike tasks read as none, the scenes placed in Houding and the tasks kept out.
 */
class HeldStanceTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    private static String kind(String text) {
        HeldStance.Kind kind = lexicons.stances.read(lexicons.analyzer.analyze(text));
        return kind == null ? "none" : kind.name();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            EYE_ON_LEARNER | Houdt bij de stage in Keulen in de gaten of de leerlingen uit Somalie zich welkom en veilig voelen
            EYE_ON_LEARNER | Sanne houdt in de gaten of haar stagiaire in de keuken in Lyon niet alleen komt te staan
            NO_SIDE_TAKEN | Toen twee lasleerlingen ruzie kregen over Armenie, kozen we samen een rustig moment en ik bleef zonder partij te kiezen luisteren
            NO_SIDE_TAKEN | Kregen twee koks het aan de stok over hun geloof, dan kies ik geen partij en laat ik ze allebei praten
            CAUGHT_ONESELF | Ik betrap me er soms op dat ik van de Turkse jongens minder verwacht, en daar werk ik aan
            CAUGHT_ONESELF | Bas betrapte zichzelf erop dat hij de Nederlandse manier van plannen de enige juiste vond
            NOT_KNOWING_SAID | Ik durf in de logistiekles te zeggen dat ik weinig weet van Chinese vrachtpapieren
            NOT_KNOWING_SAID | Durft tegen de horecaklas te zeggen dat hij het niet weet, en zoekt het met ze uit
            JUDGEMENT_HELD | Een stagiair kwam steeds later omdat hij voor zijn broertjes zorgde, ik heb het niet als onwil afgedaan
            JUDGEMENT_HELD | Doet het niet af als brutaliteit als een Poolse leerling haar direct tegenspreekt
            KNOTS_CUT | Toen het hostel in Brno overboekt bleek, heb ik meteen knopen doorgehakt en een ander geregeld
            GROUPED_ON_PURPOSE | Zet de nieuwkomers en de jongens uit het dorp bewust in een groepje bij de praktijkopdracht
            GROUPED_ON_PURPOSE | Laat de Syrische en de Friese leerlingen bewust samen de kas inrichten
            """)
    void readsEachStance(String kind, String text) {
        assertThat(kind(text)).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a thing kept in view, or learners kept in view for their work
            Houdt in de gaten of de studenten hun logboek van de buitenlandstage op tijd inleveren
            Houdt het budget van de reis naar Praag in de gaten
            # a debate led without taking sides, a lesson on a conflict
            Begeleidt een debat over migratie in de klas zonder partij te kiezen
            Bespreekt het conflict in Oekraine in de klas zonder partij te kiezen
            # a learner caught, learners asked to say what they do not know
            Betrapt een student op discriminerende grappen en bespreekt dat met de klas
            Laat studenten in tweetallen zeggen wat ze nog niet weten over de keuken van hun buurland
            Als een student zegt dat hij het niet weet, legt ze het opnieuw uit
            # organisations brought together, mixed groups as a work form
            Brengt de stagebedrijven in Duitsland en de school bij elkaar in een jaarlijks overleg
            Zet de leerlingen bewust in gemengde groepjes bij de praktijkopdracht lassen
            Ziet groepjesvorming in de klas en mengt de groepen bewust samen met een collega
            # a knot in a lesson
            Leert de studenten in Portugal een knoop te leggen in een visnet
            """)
    void readsNoneInTheLookAlikes(String text) {
        assertThat(kind(text)).as(text).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A3 | alert | Houdt bij de stage in Keulen in de gaten of de leerlingen uit Somalie zich welkom en veilig voelen
            A1 | zelfvertrouwen in complexe situaties | Toen twee kapperleerlingen in de les ruzie kregen over Kosovo heb ik ze allebei gehoord zonder partij te kiezen
            A1 | cultureel zelfbewust | Ik betrap me er soms op dat ik van de Turkse jongens minder verwacht, en daar werk ik aan
            A3 | empathisch | Een stagiair kwam steeds later omdat hij voor zijn broertjes zorgde, ik heb het niet als onwil afgedaan
            A1 | verbindend | Anouk is een echte verbinder in het tuincentrum, door haar werken oud en nieuw samen
            """)
    void theStanceIsPlacedInHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | Begeleidt een debat over migratie in de klas zonder partij te kiezen
            A1 | Zet de leerlingen bewust in gemengde groepjes bij de praktijkopdracht lassen
            A1 | Betrapt een student op discriminerende grappen en bespreekt dat met de klas
            """)
    void theLookAlikeTasksStayOutOfHouding(String activity, String text) {
        assertThat(sorter.sort(text, activity).placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Blijft kalm en houdt het gesprek open als een discussie over Gaza in de autotechniekklas fel wordt
            Blijft rustig en houdt het gesprek open als twee cursisten botsen over de verkiezingen in Turkije
            """)
    void aTalkKeptOpenIsNoCandour(String text) {
        SortedStatement sorted = sorter.sort(text, "A1");
        assertThat(sorted.attitudes()).as(text).doesNotContain("open").contains("zelfvertrouwen in complexe situaties");
    }
}
