package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 (`att22`): the teacher's own story, a mind changed or one's own background told ({@link OwnStory}).
 * Sentences written for these tests (logistiek, techniek, uiterlijke verzorging, zorg), none from an evaluation set.
 */
class OwnStoryTest {
    private static final Lexicons lexicons = CheckFixture.LEXICONS;
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CHANGED_MIND   | Vond de Poolse manier van laden eerst slordig, keek toen een week mee in Poznań en vertelt nu de klas dat het slimmer is
            CHANGED_MIND   | Vroeger dacht ik dat Turkse kappers alleen met de schaar werkten; nu laat ik mijn studenten hun technieken zien
            OWN_BACKGROUND | Vertelt in de les over haar eigen oma die uit Suriname kwam en hoe die voor haar ouders zorgde
            OWN_BACKGROUND | Ik vertelde de groep over mijn Friese opvoeding, en toen durfden zij ook over thuis te praten
            """)
    void readsTheKindOfStory(OwnStory.Kind kind, String text) {
        assertThat(OwnStory.read(lexicons.analyzer.analyze(text))).as(text).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the learners' minds and the learners' families are a lesson's content
            Bespreekt met studenten hoe ze vroeger dachten over werken in het buitenland en wat ze nu weten
            Laat elke student in de les vertellen over een gerecht van zijn opa of oma uit het land van herkomst
            Luistert als een student vertelt dat zijn familie uit Marokko een ander beeld van zorg heeft
            Maakt een opdracht waarin studenten hun eigen familiegeschiedenis van migratie uitzoeken
            """)
    void readsNoStory(String text) {
        assertThat(OwnStory.read(lexicons.analyzer.analyze(text))).as(text).isNull();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A2 | lerende houding | Vond de Poolse manier van laden eerst slordig, keek toen een week mee in Poznań en vertelt nu de klas dat het slimmer is
            A1 | open            | Ik vertelde de groep over mijn Friese opvoeding, en toen durfden zij ook over thuis te praten
            """)
    void anOwnStoryIsHoudingWithItsAttitude(String activity, String attitude, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).contains(attitude);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A1 | Laat elke student in de les vertellen over een gerecht van zijn opa of oma uit het land van herkomst
            A1 | Maakt een opdracht waarin studenten hun eigen familiegeschiedenis van migratie uitzoeken
            """)
    void tasksAboutTheLearnersStoriesStayTasks(String activity, String text) {
        SortedStatement sorted = sorter.sort(text, activity);
        assertThat(sorted.placement()).as(text).isNotEqualTo(Placement.ATTITUDE);
        assertThat(sorted.attitudes()).as(text).isEmpty();
    }
}
