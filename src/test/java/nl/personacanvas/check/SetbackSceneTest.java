package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 (`att22`): a scene told in the past that turns on the teacher's deed after an event ({@link
 * SetbackScene}). Sentences written for these tests (autotechniek, ICT, bakkerij, sport, beveiliging), none from an
 * evaluation set.
 */
class SetbackSceneTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            QUICK   | Laptop van de stagiair in Dublin gestolen: binnen twintig minuten had Sanne de helpdesk en de politie gebeld
            QUICK   | Vlucht naar Krakau geannuleerd, de klas op Schiphol. Binnen een half uur had de docent een nieuwe vlucht
            QUICK   | Toen de leerbaan in Aken op maandag afviel, had ik diezelfde avond nog een andere garage gevonden
            DECIDED | Toen de sporthal in Gent dicht bleek, heb ik ter plekke besloten de training buiten te geven
            TURNED  | Toen de Duitse gastspreker niet kwam opdagen, heb ik de les ter plekke omgegooid
            TURNED  | gooide de hele les om toen een student over de aardbeving in zijn geboortestad begon
            AGAIN   | Zijn plan voor een uitwisseling met een bakkerij in Lyon werd door de directie afgewezen. Twee weken later lag er een nieuw plan
            AGAIN   | Gaat na een pittig gesprek met de Duitse leermeester de week erna gewoon weer langs
            LATER   | Na een gastles van een Finse trainer vroeg ze wat hij anders zou doen. Een week later zat dat in haar lessen
            TOLD    | Toen het geld voor de reis naar Madrid op was, heb ik met de klas kerstkransen verkocht
            """)
    void readsTheKindOfScene(SetbackScene.Kind kind, String text) {
        assertThat(SetbackScene.read(lexicons.analyzer.analyze(text))).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a service norm, a planned term, a plan adapted as a routine
            Stuurt binnen twee werkdagen na het stagebezoek in Bremen een verslag naar de leermeester
            Beantwoordt vragen van stagiairs in Antwerpen binnen een dag via de app
            Past het programma ter plekke aan als de fabriek in Wolfsburg door een storing dicht is
            Plant de terugkomdag twee weken later dan de reis naar Polen
            Reflectie: stagiairs in Gent vertellen wat ze binnen een week leerden
            """)
    void readsNoScene(String text) {
        assertThat(SetbackScene.read(lexicons.analyzer.analyze(text))).as(text).isNull();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | daadkrachtig | Laptop van de stagiair in Dublin gestolen: binnen twintig minuten had Sanne de helpdesk en de politie gebeld
            A5 | daadkrachtig | Vlucht naar Krakau geannuleerd, de klas op Schiphol. Binnen een half uur had de docent een nieuwe vlucht
            A5 | daadkrachtig | Toen de sporthal in Gent dicht bleek, heb ik ter plekke besloten de training buiten te geven
            A2 | flexibel     | Toen de Duitse gastspreker niet kwam opdagen, heb ik de les ter plekke omgegooid
            A3 | veerkrachtig | Gaat na een pittig gesprek met de Duitse leermeester de week erna gewoon weer langs
            """)
    void aSceneAfterASetbackIsHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A4 | Stuurt binnen twee werkdagen na het stagebezoek in Bremen een verslag naar de leermeester
            A3 | Beantwoordt vragen van stagiairs in Antwerpen binnen een dag via de app
            A5 | Plant de terugkomdag twee weken later dan de reis naar Polen
            """)
    void tasksWithTheSameWordsStayTasks(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }
}
