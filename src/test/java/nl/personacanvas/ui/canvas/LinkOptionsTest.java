package nl.personacanvas.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.Test;

class LinkOptionsTest {
    private static final CompetencyMatrix MATRIX = UiFixture.MATRIX;
    private final LinkOptions options = new LinkOptions(MATRIX);

    @Test
    void aSchoolsOwnActivityOffersTheProfessionalRowAndTheSharedAttitudes() {
        CoreActivity own = new CoreActivity("k-eigen", null, "Eigen activiteit", ActivityGroup.AT_HOME);

        assertThat(options.of(own, Quadrant.DESIGN)).extracting(LinkOption::id)
                .isNotEmpty().allMatch(id -> id.startsWith("P."));
        assertThat(options.of(own, Quadrant.ATTITUDE)).extracting(LinkOption::id)
                .containsExactlyElementsOf(MATRIX.sharedAttitudes().stream().map(a -> a.id()).toList());
        assertThat(options.of(null, Quadrant.ATTITUDE)).isEqualTo(options.of(own, Quadrant.ATTITUDE));
    }

    @Test
    void aMatrixActivityAddsItsCellBeforeTheProfessionalRow() {
        CoreActivity stage = new CoreActivity("k-stage", "A4", "Stages", ActivityGroup.MOBILITY);

        assertThat(options.of(stage, Quadrant.DELIVER)).extracting(LinkOption::id)
                .startsWith(MATRIX.cell("A4", Quadrant.DELIVER).elements().get(0).id())
                .endsWith(MATRIX.professional().elements().get(MATRIX.professional().elements().size() - 1).id());
        assertThat(options.of(stage, Quadrant.ATTITUDE)).hasSize(MATRIX.attitudesFor("A4").size());
    }
}
