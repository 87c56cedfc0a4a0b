package nl.personacanvas.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Session 30: the part of each activity's name that tells it from the others, for headings too long for their row. */
class DistinctStartsTest {
    private static final String A2 = "Internationale en interculturele dimensies integreren in (vak- en burgerschaps-) onderwijs";
    private static final String OWN = "Internationale en interculturele dimensie integreren in studieloopbaantraject";
    private static final String A4 = "Internationale en interculturele dimensies integreren en studenten begeleiden in"
            + " stagetrajecten (al dan niet in het buitenland)";
    private static final String A5 = "Groepsuitwisseling met buitenlandse partners organiseren";

    @Test
    void theWordsANameSharesAtItsStartWithAnotherAreLeftOffWithTheShortWordsAfterThem() {
        assertThat(DistinctStarts.of(List.of(A2, OWN, A4, A5))).containsExactly(
                "…(vak- en burgerschaps-) onderwijs",
                "…dimensie integreren in studieloopbaantraject",
                "…studenten begeleiden in stagetrajecten (al dan niet in het buitenland)",
                A5);
    }

    @Test
    void aNameAloneOrSharingNothingOrAllOfItselfStaysWhole() {
        assertThat(DistinctStarts.of(List.of(A4))).containsExactly(A4);
        assertThat(DistinctStarts.of(List.of("Stages", "Stages in het buitenland")))
                .containsExactly("Stages", "…buitenland");
        assertThat(DistinctStarts.of(List.of("Stages", "stages"))).containsExactly("Stages", "stages");
        assertThat(DistinctStarts.of(List.of())).isEmpty();
    }
}
