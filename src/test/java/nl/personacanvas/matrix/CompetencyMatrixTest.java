package nl.personacanvas.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.Test;

class CompetencyMatrixTest {
    private final CompetencyMatrix matrix = CompetencyMatrix.loadBundled();

    @Test
    void eachLoadReadsAFreshInstance() {
        CompetencyMatrix other = CompetencyMatrix.loadBundled();
        assertThat(other).isNotSameAs(matrix);
        assertThat(other.allElements()).isEqualTo(matrix.allElements());
    }

    @Test
    void findsActivitiesById() {
        assertThat(matrix.activity("A4")).get().extracting(MatrixActivity::group).isEqualTo(ActivityGroup.MOBILITY);
        assertThat(matrix.activity("A1")).get().extracting(MatrixActivity::group).isEqualTo(ActivityGroup.AT_HOME);
        assertThat(matrix.activity("k-own")).isEmpty();
    }

    @Test
    void cellsBelongToTheirActivityAndRow() {
        MatrixCell cell = matrix.cell("A4", Quadrant.DELIVER);
        assertThat(cell.activityId()).isEqualTo("A4");
        assertThat(cell.role()).isEqualTo(MatrixRole.DELIVER);
        assertThat(cell.elements()).extracting(MatrixElement::label).containsExactly("Coachen op afstand",
                "Oog voor behoefte studenten", "Context stagebedrijf en gastland",
                "Reflecteren op interculturele ervaringen", "Flexibel inspelen op dilemma's en crises");
    }

    @Test
    void attitudesAreNotACell() {
        assertThatThrownBy(() -> matrix.cell("A1", Quadrant.ATTITUDE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownActivityIsRejected() {
        assertThatThrownBy(() -> matrix.cell("A9", Quadrant.DESIGN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A9");
        assertThatThrownBy(() -> matrix.specificAttitudes("A9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.specificAttitudesText("A9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix.attitudesFor("A9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attitudesForAnActivityAreTheSharedOnesThenItsOwn() {
        List<Attitude> attitudes = matrix.attitudesFor("A3");
        assertThat(attitudes).hasSize(10);
        assertThat(attitudes.subList(0, 7)).isEqualTo(matrix.sharedAttitudes());
        assertThat(attitudes.subList(7, 10)).extracting(Attitude::name)
                .containsExactly("benaderbaar", "veerkrachtig", "alert");
    }

    @Test
    void looksUpElementsAndAttitudesById() {
        MatrixElement element = matrix.element("A4.design.2").orElseThrow();
        assertThat(element.activityId()).isEqualTo("A4");
        assertThat(element.role()).isEqualTo(MatrixRole.DESIGN);
        MatrixElement professional = matrix.element("P.1").orElseThrow();
        assertThat(professional.activityId()).isNull();
        assertThat(professional.role()).isEqualTo(MatrixRole.PROFESSIONAL);
        assertThat(matrix.element("A4.design.99")).isEmpty();
        assertThat(matrix.attitude("H.5")).get().extracting(Attitude::name).isEqualTo("open-minded");
        assertThat(matrix.attitude("A5.attitude.2")).get().extracting(Attitude::name).isEqualTo("ondernemend");
        assertThat(matrix.attitude("A4.design.2")).isEmpty();
    }

    @Test
    void containsIdCoversElementsAndAttitudes() {
        assertThat(matrix.containsId("A1.organise.3")).isTrue();
        assertThat(matrix.containsId("H.7")).isTrue();
        assertThat(matrix.containsId("A2.attitude.3")).isTrue();
        assertThat(matrix.containsId("A2.attitude.4")).isFalse();
        assertThat(matrix.containsId("e-1234")).isFalse();
    }

    @Test
    void allElementsFollowTheTablesReadingOrder() {
        List<String> ids = matrix.allElements().stream().map(MatrixElement::id).toList();
        assertThat(ids.get(0)).isEqualTo("P.1");
        assertThat(ids.indexOf("A5.design.4")).isLessThan(ids.indexOf("A1.deliver.1"));
        assertThat(ids.indexOf("A5.deliver.4")).isLessThan(ids.indexOf("A1.organise.1"));
        assertThat(ids.get(ids.size() - 1)).isEqualTo("A5.organise.3");
    }

    @Test
    void rolesMapToCanvasQuadrants() {
        assertThat(MatrixRole.PROFESSIONAL.quadrant()).isEmpty();
        assertThat(MatrixRole.DESIGN.quadrant()).contains(Quadrant.DESIGN);
        assertThat(MatrixRole.DELIVER.quadrant()).contains(Quadrant.DELIVER);
        assertThat(MatrixRole.ORGANISE.quadrant()).contains(Quadrant.ORGANISE);
        assertThat(MatrixRole.ATTITUDES.quadrant()).contains(Quadrant.ATTITUDE);
        for (Quadrant quadrant : Quadrant.values()) {
            assertThat(MatrixRole.of(quadrant).quadrant()).contains(quadrant);
        }
        assertThat(MatrixRole.fromKey("organise")).contains(MatrixRole.ORGANISE);
        assertThat(MatrixRole.fromKey("houding")).isEmpty();
    }

    @Test
    void returnedCollectionsCannotBeChanged() {
        assertThatThrownBy(() -> matrix.activities().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> matrix.allElements().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> matrix.sharedAttitudes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> matrix.attitudesFor("A1").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> matrix.professional().elements().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
