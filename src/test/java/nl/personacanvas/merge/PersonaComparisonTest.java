package nl.personacanvas.merge;

import static nl.personacanvas.merge.ComparisonFixtures.A3;
import static nl.personacanvas.merge.ComparisonFixtures.A4;
import static nl.personacanvas.merge.ComparisonFixtures.AHMED_DELIVER;
import static nl.personacanvas.merge.ComparisonFixtures.AHMED_DESIGN;
import static nl.personacanvas.merge.ComparisonFixtures.LAURA_ATTITUDE;
import static nl.personacanvas.merge.ComparisonFixtures.LAURA_DELIVER;
import static nl.personacanvas.merge.ComparisonFixtures.LAURA_DESIGN;
import static nl.personacanvas.merge.ComparisonFixtures.SARA_ATTITUDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.PersonaComparison.ComparedEntry;
import nl.personacanvas.merge.PersonaComparison.EntryRef;
import nl.personacanvas.merge.PersonaComparison.ItemRow;
import nl.personacanvas.merge.PersonaComparison.TwinGroup;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PersonaComparisonTest {
    private static CompetencyMatrix matrix;

    @BeforeAll
    static void loadMatrix() {
        matrix = CompetencyMatrix.loadBundled();
    }

    private static PersonaComparison threePersonas(ElementMatcher matcher) {
        return PersonaComparison.of(List.of(
                new ComparedPersona("a.pcanvas", ComparisonFixtures.laura(), A4),
                new ComparedPersona("b.pcanvas", ComparisonFixtures.ahmed(), A4),
                new ComparedPersona("a.pcanvas", ComparisonFixtures.sara(), A3)), matrix, matcher);
    }

    private static ItemRow item(PersonaComparison comparison, String id) {
        return comparison.items().stream().filter(r -> r.item().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void alignsTheQuadrantsOfEveryPersona() {
        PersonaComparison comparison = threePersonas(ElementMatcher.LINKS_ONLY);

        assertThat(comparison.rows()).extracting(PersonaComparison.QuadrantRow::quadrant).containsExactly(Quadrant.values());
        List<List<ComparedEntry>> deliver = comparison.row(Quadrant.DELIVER).columns();
        assertThat(deliver).hasSize(3);
        assertThat(deliver.get(0)).extracting(ComparedEntry::entry).containsExactly(LAURA_DELIVER);
        assertThat(deliver.get(1)).extracting(ComparedEntry::entry).containsExactly(AHMED_DELIVER);
        assertThat(comparison.row(Quadrant.ORGANISE).columns().get(0)).isEmpty();
    }

    @Test
    void groupsTwinsThatAddressTheSameItem() {
        PersonaComparison comparison = threePersonas(ElementMatcher.LINKS_ONLY);

        assertThat(comparison.twins()).extracting(t -> t.item().id()).containsExactly("A4.design.1", "H.1");
        TwinGroup design = comparison.twins().get(0);
        assertThat(design.entries()).containsExactly(new EntryRef(0, LAURA_DESIGN.id()), new EntryRef(1, AHMED_DESIGN.id()));
        assertThat(comparison.twins().get(1).entries())
                .containsExactly(new EntryRef(0, LAURA_ATTITUDE.id()), new EntryRef(2, SARA_ATTITUDE.id()));
        assertThat(comparison.row(Quadrant.DESIGN).columns().get(1).get(0).twinGroups()).containsExactly(0);
        assertThat(comparison.row(Quadrant.DELIVER).columns().get(0).get(0).twinGroups()).isEmpty();
    }

    @Test
    void saysPerItemWhoCoversItAndWhoMissesIt() {
        PersonaComparison comparison = threePersonas(ElementMatcher.LINKS_ONLY);

        assertThat(item(comparison, "A4.design.1").columns())
                .containsExactly(Coverage.LINKED, Coverage.LINKED, Coverage.NOT_EXPECTED);
        assertThat(item(comparison, "A4.organise.1").columns())
                .containsExactly(Coverage.MISSING, Coverage.LINKED, Coverage.NOT_EXPECTED);
        assertThat(item(comparison, "H.1").columns()).containsExactly(Coverage.LINKED, Coverage.MISSING, Coverage.LINKED);
        assertThat(item(comparison, "A3.deliver.1").columns())
                .containsExactly(Coverage.NOT_EXPECTED, Coverage.NOT_EXPECTED, Coverage.LINKED);
        assertThat(comparison.differences()).extracting(r -> r.item().id())
                .contains("A4.organise.1", "A4.deliver.2", "H.1")
                .doesNotContain("A4.design.1", "A3.deliver.1");
        assertThat(comparison.items()).extracting(r -> r.item().id()).doesNotContain("X.99")
                .as("professional row is never expected").noneMatch(id -> id.startsWith("P."));
    }

    @Test
    void automaticMatchesCountAsCoveredAndPersonLinksWinOverThem() {
        ElementMatcher matcher = (entry, quadrant, activity) -> entry.text().contains("op afstand")
                ? List.of("A4.deliver.1", "A4.deliver.2") : List.of();

        PersonaComparison comparison = threePersonas(matcher);

        assertThat(item(comparison, "A4.deliver.1").columns())
                .containsExactly(Coverage.MATCHED, Coverage.MATCHED, Coverage.NOT_EXPECTED);
        assertThat(comparison.row(Quadrant.DELIVER).columns().get(0).get(0).items())
                .isEqualTo(Map.of("A4.deliver.2", Coverage.LINKED, "A4.deliver.1", Coverage.MATCHED));
        assertThat(comparison.twins()).extracting(t -> t.item().id()).contains("A4.deliver.1", "A4.deliver.2");
    }

    @Test
    void comparesTwoToSixPersonas() {
        ComparedPersona one = new ComparedPersona("a", ComparisonFixtures.laura(), A4);

        assertThatThrownBy(() -> PersonaComparison.of(List.of(one), matrix, ElementMatcher.LINKS_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonaComparison.of(Collections.nCopies(7, one), matrix, ElementMatcher.LINKS_ONLY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(PersonaComparison.of(Collections.nCopies(6, one), matrix, ElementMatcher.LINKS_ONLY).personas()).hasSize(6);
    }

    @Test
    void aPersonaWithoutAMatrixActivityIsExpectedToCoverNothing() {
        PersonaComparison comparison = PersonaComparison.of(List.of(
                new ComparedPersona("a", ComparisonFixtures.laura(), A4),
                new ComparedPersona("a", ComparisonFixtures.sara(), ComparisonFixtures.OWN)), matrix, ElementMatcher.LINKS_ONLY);

        assertThat(item(comparison, "A4.design.2").columns()).containsExactly(Coverage.MISSING, Coverage.NOT_EXPECTED);
    }

    /**
     * A school's own activity has no matrix cell, but the shared attitudes apply to it: an empty Houding misses what
     * another persona shows, and the comparison marks it there (it marked nothing, where the checker said "0 van 7").
     */
    @Test
    void aPersonaOfTheSchoolsOwnActivityIsExpectedToShowTheSharedAttitudes() {
        PersonaComparison comparison = PersonaComparison.of(List.of(
                new ComparedPersona("a", ComparisonFixtures.laura(), A4),
                new ComparedPersona("a", ComparisonFixtures.ahmed(), ComparisonFixtures.OWN)), matrix,
                ElementMatcher.LINKS_ONLY);

        assertThat(item(comparison, "H.1").columns()).containsExactly(Coverage.LINKED, Coverage.MISSING);
        assertThat(comparison.missingIn(1, Quadrant.ATTITUDE)).extracting(MatrixItem::id).containsExactly("H.1");
        // Only the shared ones: a specific attitude of A4 is no more expected of it than A4's cells.
        matrix.specificAttitudes("A4").forEach(a -> assertThat(comparison.items().stream()
                .filter(r -> r.item().id().equals(a.id())).allMatch(r -> r.columns().get(1) != Coverage.MISSING))
                .isTrue());
        assertThat(comparison.missingIn(1, Quadrant.DESIGN)).isEmpty();
    }
}
