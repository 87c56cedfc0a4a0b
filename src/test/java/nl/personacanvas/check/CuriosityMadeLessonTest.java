package nl.personacanvas.check;

import static nl.personacanvas.check.CheckFixture.analysed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 26 (`att26b`): the teacher's own curiosity made into a lesson or an assignment is a task
 * ({@link CuriosityMadeLesson}); the curious teacher who makes nothing keeps the attitude. Sentences written for these
 * tests (metaal, kapper, zorg, logistiek, groen, bakkerij), none from an evaluation set.
 */
class CuriosityMadeLessonTest {
    private static final StatementSorter sorter = CheckFixture.SORTER;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nieuwsgierig naar lasnormen in Zweden? Joris maakte er een lesopdracht van voor de tweedejaars
            Omdat ik benieuwd ben hoe kappers in Istanbul knippen, maak ik een opdracht met filmpjes
            Ben benieuwd geraakt naar de zorg in Japan en heb er een gastles over de Japanse ouderenzorg van gemaakt
            Benieuwd wat de klas zou opvallen: schreef een observatieopdracht voor het bezoek aan de haven van Antwerpen
            """)
    void readsCuriosityMadeIntoALesson(String text) {
        assertThat(CuriosityMadeLesson.read(analysed(text))).as(text).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # curiosity about how others make lessons, curiosity that joins a lesson, a lesson made without curiosity
            Is nieuwsgierig naar hoe collega's in Gent hun lessen maken
            De docent is benieuwd hoe een Deense collega haar lessen opbouwt en maakt aantekeningen
            Is nieuwsgierig naar alles in Sevilla: proeft, vraagt en doet mee met een les van de gastschool
            Maakt een opdracht over Duitse bakkerijen met filmpjes uit Keulen
            """)
    void readsNoLessonMadeOfCuriosity(String text) {
        assertThat(CuriosityMadeLesson.read(analysed(text))).as(text).isFalse();
    }

    @Test
    void placesTheLessonMadeAsATaskAndTheCuriousTeacherInHouding() {
        SortedStatement lesson = sorter.sort("Toen ik nieuwsgierig werd naar hoveniers in Denemarken heb ik er een "
                + "lesbrief van gemaakt, met foto's van Deense tuinen", "A2");
        assertThat(lesson.placement()).isNotEqualTo(Placement.ATTITUDE);
        assertThat(lesson.attitudes()).isEmpty();
        SortedStatement curious = sorter.sort("Is nieuwsgierig naar alles in Sevilla: proeft, vraagt en doet mee met "
                + "een les van de gastschool", "A5");
        assertThat(curious.placement()).isEqualTo(Placement.ATTITUDE);
        assertThat(curious.attitudes()).contains("nieuwsgierig");
    }
}
