package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 28 (`att28`): the kinds {@link ShownConduct} reads by their sections alone (attitudes shown, never named by
 * their word). Sentences written for these tests (logistiek, groen, ICT, kapper, bouw, zorg, sport, retail), none from
 * an evaluation set or the probe file; each kind read, its look-alike tasks read as none, the scenes placed in Houding
 * with their attitude, "Ik merk dat ik ... leer" named lerende houding instead of the opening's cultureel zelfbewust,
 * and a chance seized named ondernemend instead of coming back.
 */
class ShownConductKindsBySectionsTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    private static String kind(String text) {
        return CheckFixture.shownConductKind(text);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            LEARNING_NOTICED | Ik merk dat ik van de Poolse chauffeurs in mijn klas veel leer over rijtijden in Europa
            NO_MONEY_MADE_DO | Er was geen geld voor een reis naar de Keukenhof-kwekers in Kenia, dus belde ik er een via de laptop
            UNASKED | Niemand had erom gevraagd, maar Bas had na het nieuws over de Deense havens al een gastspreker uit Aarhus
            UNASKED | Wacht niet tot de afdeling iets regelt en mailt zelf een webshop in Dortmund voor een stageplek
            KNEW_LESS | Bij de groothandel in Milaan bleek ik minder te weten dan ik dacht, en dat zeg ik de cursisten ook
            WATCHED_BY_A_COLLEAGUE | Na een rommelige les over kleding en cultuur vroeg ik een collega mee te kijken hoe ik het anders kan doen
            OWN_SLIP_TOLD | Ik vertel mijn kappers gewoon dat ik zelf ook de mist in ging met een Engelse klant
            OWN_FRAME_NAMED | Ik zeg er in de les bij dat stipt op tijd zijn mijn Nederlandse norm is
            PRECONCEPTION_TURNED | Ik dacht dat de Spaanse hoveniers laat zouden beginnen, maar om zeven uur stonden ze al klaar
            QUIETLY_ACCOMMODATED | Tijdens de ramadan schuift Bas de zware tiltraining op, zonder er een punt van te maken
            CALM_UNDER_THREAT | Een boze klant in de winkel schold mijn stagiair uit om zijn accent; ik bleef kalm en sprak de man aan
            GROUP_HANDED_OVER | In Gent raakte een cursist zijn pas kwijt. Ik liet een collega met de groep verder en ging met hem mee
            SAT_TOGETHER_AFTER_A_CLASH | Na een ruzie over roosters zette Bas zijn stagiair in Kiel en de chef samen aan tafel
            CHANCE_TURNED_INTO_AN_EXCHANGE | Op een conferentie in Gent sprak ik een Vlaamse hovenier; twee maanden later stond er een uitwisseling
            """)
    void readsEachKind(String kind, String text) {
        assertThat(kind(text)).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a course designed, a budget asked after, learners told not to wait
            Omdat er geen budget is voor een excursie, ontwerpt Bas een opdracht over een Deense haven
            Vraagt de afdeling of er budget is voor een bezoek aan de kwekers in Kenia
            Zorgt dat de stagiairs in Kiel niet wachten tot de laatste week met hun logboek
            # learners' own mistakes, a lesson on the Dutch view, a report looked at
            Laat de cursisten hun eigen fouten in een Engelse offerte verbeteren
            Maakt een les over hoe de Nederlandse kijk op stiptheid verschilt van die in Spanje
            Vraagt de praktijkopleider mee te kijken naar het logboek van de stagiair in Kiel
            # a lesson rewritten, the ramadan explained, calm explaining, agreeing beforehand
            Ik dacht eerst dat de Engelse module te zwaar was, maar na een proefles heb ik hem herschreven
            Legt in de les uit wat de ramadan betekent voor een stage in de groothandel
            Blijft rustig uitleggen hoe de Engelse handleiding werkt tot iedereen het snapt
            Spreekt met een collega af dat die met de groep verdergaat als in Gent iemand zijn pas kwijtraakt
            # a fair visited, the exchange looked back on
            Gaat met de cursisten naar een beurs in Keulen en vraagt een week later hoe de uitwisseling met Keulen beviel
            """)
    void readsNoneInTheLookAlikes(String text) {
        assertThat(kind(text)).as(text).isEqualTo("none");
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | creatief | Er was geen geld voor een reis naar de Keukenhof-kwekers in Kenia, dus belde ik er een via de laptop
            A5 | lerende houding | Bij de groothandel in Milaan bleek ik minder te weten dan ik dacht, en dat zeg ik de cursisten ook
            A3 | open | Ik vertel mijn kappers gewoon dat ik zelf ook de mist in ging met een Engelse klant
            A5 | open-minded | Ik dacht dat de Spaanse hoveniers laat zouden beginnen, maar om zeven uur stonden ze al klaar
            A3 | cultureel sensitief | Tijdens de ramadan schuift Bas de zware tiltraining van zijn Turkse stagiair op, zonder er een punt van te maken
            """)
    void theConductIsPlacedInHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | lerende houding | Ik merk dat ik van de Poolse chauffeurs in mijn klas veel leer over rijtijden in Europa
            A1 | cultureel zelfbewust | Ik merk dat ik stille cursisten snel ongeinteresseerd vind. Dat is mijn eigen Nederlandse bril
            A5 | ondernemend | Bas kwam terug van een studiedag met het kaartje van een Deense kok. Een half jaar later stond er een uitwisseling
            """)
    void aReflectionOrAChanceSeizedIsNamedAsShown(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).containsExactly(attitude);
    }
}
