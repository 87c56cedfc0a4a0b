package nl.personacanvas.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.model.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The heatmap of one activity and the team view of a whole workbook. */
class CoverageTest {
    private static CompetencyMatrix matrix;

    @BeforeAll
    static void loadMatrix() {
        matrix = CompetencyMatrix.loadBundled();
    }

    @Test
    void heatmapHasTheActivityItemsInRoleBlocksWithAttitudesLast() {
        CoverageMatrix heatmap = CoverageMatrix.of(ComparisonFixtures.workbook(), "A4", matrix, ElementMatcher.LINKS_ONLY);

        assertThat(heatmap.personas()).extracting(Persona::name).containsExactly("Laura", "Ahmed");
        assertThat(heatmap.blocks()).extracting(CoverageMatrix.Block::role)
                .containsExactly(MatrixRole.DESIGN, MatrixRole.DELIVER, MatrixRole.ORGANISE, MatrixRole.ATTITUDES);
        assertThat(heatmap.blocks().get(0).items()).extracting(MatrixItem::id)
                .containsExactly("A4.design.1", "A4.design.2", "A4.design.3", "A4.design.4");
        assertThat(heatmap.blocks().get(3).items()).extracting(MatrixItem::id)
                .startsWith("H.1").endsWith("A4.attitude.3").hasSize(matrix.attitudesFor("A4").size());
    }

    @Test
    void cellsAreLinkedCoveredOrMissing() {
        CoverageMatrix heatmap = CoverageMatrix.of(ComparisonFixtures.workbook(), "A4", matrix, ComparisonFixtures.AT_A_DISTANCE);

        assertThat(heatmap.coverage("p-laura", "A4.design.1")).isEqualTo(Coverage.LINKED);
        assertThat(heatmap.coverage("p-ahmed", "A4.deliver.1")).isEqualTo(Coverage.MATCHED);
        assertThat(heatmap.coverage("p-ahmed", "H.1")).isEqualTo(Coverage.MISSING);
        assertThatThrownBy(() -> heatmap.coverage("p-sara", "H.1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unionGapsAndCompletenessOfOneActivity() {
        CoverageMatrix heatmap = CoverageMatrix.of(ComparisonFixtures.workbook(), "A4", matrix, ComparisonFixtures.AT_A_DISTANCE);

        assertThat(heatmap.completeness(MatrixRole.DESIGN)).isEqualTo(new RoleCompleteness(MatrixRole.DESIGN, 1, 4));
        assertThat(heatmap.completeness(MatrixRole.DELIVER)).isEqualTo(new RoleCompleteness(MatrixRole.DELIVER, 2, 5));
        assertThat(heatmap.completeness(MatrixRole.ORGANISE).covered()).isEqualTo(1);
        assertThat(heatmap.gaps()).extracting(MatrixItem::id).contains("A4.design.2").doesNotContain("A4.design.1", "H.1");
        MatrixItem design1 = heatmap.items().get(0);
        assertThat(heatmap.coveredBy(design1)).extracting(Persona::name).containsExactly("Laura", "Ahmed");
    }

    @Test
    void ownActivityHasNoMatrixColumns() {
        CoverageMatrix heatmap = CoverageMatrix.of(ComparisonFixtures.workbook(), "k-slb", matrix, ElementMatcher.LINKS_ONLY);

        assertThat(heatmap.personas()).extracting(Persona::name).containsExactly("Mehmet");
        assertThat(heatmap.blocks()).isEmpty();
        assertThat(heatmap.completeness(MatrixRole.DESIGN).fraction()).isZero();
    }

    @Test
    void teamCoverageSumsEachRoleOverTheMatrixActivities() {
        TeamCoverage team = TeamCoverage.of(ComparisonFixtures.workbook(), matrix, ElementMatcher.LINKS_ONLY);

        assertThat(team.coreActivities()).extracting(a -> a.id()).containsExactly("A4", "A3");
        int attitudes = matrix.attitudesFor("A4").size() + matrix.attitudesFor("A3").size();
        assertThat(team.completeness(MatrixRole.ATTITUDES)).isEqualTo(new RoleCompleteness(MatrixRole.ATTITUDES, 2, attitudes));
        assertThat(team.completeness()).extracting(RoleCompleteness::role)
                .containsExactly(MatrixRole.DESIGN, MatrixRole.DELIVER, MatrixRole.ORGANISE, MatrixRole.ATTITUDES);
        RoleCompleteness deliver = team.completeness(MatrixRole.DELIVER);
        assertThat(deliver.covered()).isEqualTo(2);
        assertThat(deliver.total()).isEqualTo(matrix.cell("A4", nl.personacanvas.model.Quadrant.DELIVER).elements().size()
                + matrix.cell("A3", nl.personacanvas.model.Quadrant.DELIVER).elements().size());
        assertThat(deliver.fraction()).isEqualTo(2.0 / deliver.total());
    }
}
