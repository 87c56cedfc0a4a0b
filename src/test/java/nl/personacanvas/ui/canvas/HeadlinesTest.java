package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.TestWorkbooks;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
    private static final Persona LAURA = TestWorkbooks.twoPersonas().persona("p-laura").orElseThrow();

    @Test
    void aHeadlineInOneDirectionIsShownAsItIs() {
        assertThat(Headlines.shown(LAURA)).isEqualTo(LAURA.headline())
                .isEqualTo("Laura begeleidt studenten bij een internationale stage.");
    }

    @Test
    void withAnArabicNameEachPartIsMarkedLeftToRightSoTheSentenceKeepsItsOrder() {
        Persona fatima = LAURA.withName("فاطمة");

        assertThat(Headlines.shown(fatima))
                .isEqualTo("\u200Eفاطمة\u200E \u200Ebegeleidt studenten bij een internationale stage\u200E.");
    }

    @Test
    void anEmptyRoleGetsNoMarks() {
        Persona fatima = LAURA.withName("فاطمة").withRole("");

        assertThat(Headlines.shown(fatima)).doesNotContain("\u200E\u200E").startsWith("\u200Eفاطمة\u200E");
    }
}
