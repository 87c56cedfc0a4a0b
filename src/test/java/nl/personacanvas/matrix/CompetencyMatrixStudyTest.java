package nl.personacanvas.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.personacanvas.model.ActivityGroup;
import nl.personacanvas.model.Quadrant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled matrix says exactly what Tabel 3 of the study says (reference/competentiematrix.md). */
class CompetencyMatrixStudyTest {
    private static final List<String> ACTIVITY_IDS = List.of("A1", "A2", "A3", "A4", "A5");

    private static CompetencyMatrix matrix;
    private static StudyReference study;

    @BeforeAll
    static void load() throws IOException {
        matrix = CompetencyMatrix.loadBundled();
        study = StudyReference.load();
    }

    @Test
    void versionSourceAndGuidingQuestionComeFromTheStudy() {
        assertThat(matrix.version()).isEqualTo("1.0");
        assertThat(matrix.source()).isEqualTo("Mbo-docentcompetenties voor internationalisering in de praktijk");
        assertThat(study.unwrapped()).contains("## Tabel 3 - " + matrix.source());
        assertThat(matrix.guidingQuestion()).isEqualTo(study.quotedAfter("Guiding question:"));
        assertThat(matrix.ownActivityColumnLabel()).isEqualTo(study.quotedAfter("headed only"));
    }

    @Test
    void fiveActivitiesWithTheStudysNamesAndGroups() {
        Map<String, String[]> expected = study.activities();
        assertThat(expected).hasSize(5);
        assertThat(matrix.activities()).extracting(MatrixActivity::id).containsExactlyElementsOf(ACTIVITY_IDS);
        for (MatrixActivity activity : matrix.activities()) {
            String[] row = expected.get(activity.id());
            assertThat(activity.name()).isEqualTo(row[0]);
            ActivityGroup group = switch (row[1]) {
                case "Internationalisation at Home" -> ActivityGroup.AT_HOME;
                case "Mobiliteit" -> ActivityGroup.MOBILITY;
                default -> throw new AssertionError("unexpected group in reference: " + row[1]);
            };
            assertThat(activity.group()).as(activity.id()).isEqualTo(group);
        }
    }

    @Test
    void rowTitlesAreVerbatimAndInTableOrder() {
        assertThat(Stream.of(MatrixRole.values()).map(matrix::rowTitle).toList())
                .containsExactlyElementsOf(study.rowTitles());
    }

    @Test
    void designCellsAreVerbatimAndTheRowPrefixIsDocenten() {
        assertThat(study.unwrapped()).contains("### Row: Onderwijs ontwerpen en ontwikkelen (all cells start \"Docenten ...\")");
        assertThat(matrix.rowPrefix(MatrixRole.DESIGN)).isEqualTo("Docenten");
        assertCellsMatch(Quadrant.DESIGN, "### Row: Onderwijs ontwerpen");
    }

    @Test
    void deliverCellsAreVerbatim() {
        assertThat(matrix.rowPrefix(MatrixRole.DELIVER)).isEmpty();
        assertCellsMatch(Quadrant.DELIVER, "### Row: Onderwijs verzorgen");
    }

    @Test
    void organiseCellsAreVerbatim() {
        assertThat(matrix.rowPrefix(MatrixRole.ORGANISE)).isEmpty();
        assertCellsMatch(Quadrant.ORGANISE, "### Row: Onderwijs coördineren");
    }

    @Test
    void professionalCellIsVerbatim() {
        assertThat(matrix.professional().text()).isEqualTo(study.firstParagraph("### Row: Professional"));
        assertThat(matrix.professional().activityId()).isNull();
        assertThat(matrix.professional().role()).isEqualTo(MatrixRole.PROFESSIONAL);
    }

    @Test
    void attitudeTextsAreVerbatim() {
        assertThat(matrix.sharedAttitudesText()).isEqualTo(study.quotedAfter("Shared by all activities (table text):"));
        Map<String, String> specific = study.bullets("### Row: Onderliggende houdingen");
        assertThat(specific).containsOnlyKeys(ACTIVITY_IDS);
        for (String id : ACTIVITY_IDS) {
            assertThat(matrix.specificAttitudesText(id)).as(id).isEqualTo(specific.get(id));
        }
    }

    @Test
    void sevenSharedAttitudesNamedAsInTheTable() {
        assertThat(matrix.sharedAttitudes()).extracting(Attitude::name).containsExactly("flexibel",
                "cultureel sensitief", "cultureel zelfbewust", "empathisch", "open-minded", "nieuwsgierig", "open");
        assertThat(matrix.sharedAttitudes()).extracting(Attitude::id)
                .containsExactly("H.1", "H.2", "H.3", "H.4", "H.5", "H.6", "H.7");
        assertThat(matrix.sharedAttitudes()).allSatisfy(a -> assertThat(a.activityId()).isNull());
    }

    @Test
    void threeSpecificAttitudesPerActivityNamedAsInTheTable() {
        Map<String, List<String>> expected = Map.of(
                "A1", List.of("verbindend", "lerende houding", "zelfvertrouwen in complexe situaties"),
                "A2", List.of("proactief", "creatief", "lerende houding"),
                "A3", List.of("benaderbaar", "veerkrachtig", "alert"),
                "A4", List.of("benaderbaar", "daadkrachtig", "verbindend"),
                "A5", List.of("verbindend", "ondernemend", "daadkrachtig"));
        for (String id : ACTIVITY_IDS) {
            List<Attitude> attitudes = matrix.specificAttitudes(id);
            assertThat(attitudes).extracting(Attitude::name).as(id).containsExactlyElementsOf(expected.get(id));
            assertThat(attitudes).extracting(Attitude::id)
                    .containsExactly(id + ".attitude.1", id + ".attitude.2", id + ".attitude.3");
            assertThat(attitudes).allSatisfy(a -> assertThat(a.activityId()).isEqualTo(id));
            assertThat(attitudes).allSatisfy(a -> assertThat(matrix.specificAttitudesText(id).toLowerCase())
                    .contains(a.name()));
        }
        assertThat(matrix.allAttitudes()).hasSize(7 + 3 * 5);
    }

    @Test
    void everyElementIdIsUniqueWellFormedAndReferencedFromExactlyOneCell() {
        List<MatrixCell> cells = allCells();
        Map<String, Long> references = cells.stream().flatMap(c -> c.elements().stream())
                .collect(Collectors.groupingBy(MatrixElement::id, Collectors.counting()));
        assertThat(references).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1L));
        assertThat(matrix.allElements()).extracting(MatrixElement::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(references.keySet())
                .allMatch(id -> id.matches("P\\.[1-9]\\d*|A[1-5]\\.(design|deliver|organise)\\.[1-9]\\d*"), "id pattern");
        Map<String, MatrixCell> cellOf = new HashMap<>();
        cells.forEach(c -> c.elements().forEach(e -> cellOf.put(e.id(), c)));
        for (MatrixElement element : matrix.allElements()) {
            MatrixCell cell = cellOf.get(element.id());
            String expectedPrefix = cell.activityId() == null ? "P." : cell.activityId() + "." + cell.role().key() + ".";
            assertThat(element.id()).startsWith(expectedPrefix);
            assertThat(element.activityId()).isEqualTo(cell.activityId());
            assertThat(element.role()).isEqualTo(cell.role());
            assertThat(matrix.element(element.id())).contains(element);
        }
        Stream<String> attitudeIds = matrix.allAttitudes().stream().map(Attitude::id);
        assertThat(Stream.concat(attitudeIds, references.keySet().stream()).toList()).doesNotHaveDuplicates();
    }

    @Test
    void everyExcerptIsVerbatimFromItsCellAndEveryLabelIsGiven() {
        for (MatrixCell cell : allCells()) {
            assertThat(cell.elements()).as(cell.activityId() + " " + cell.role()).hasSizeBetween(3, 7);
            for (MatrixElement element : cell.elements()) {
                assertThat(cell.text()).as(element.id()).contains(element.excerpt());
                assertThat(element.label()).as(element.id()).isNotBlank();
                assertThat(element.excerpt()).as(element.id()).isNotBlank();
            }
        }
    }

    @Test
    void elementsAppearInReadingOrderWithoutOverlap() {
        for (MatrixCell cell : allCells()) {
            int end = 0;
            for (MatrixElement element : cell.elements()) {
                int at = cell.text().indexOf(element.excerpt(), end);
                assertThat(at).as(element.id() + " after the previous element").isGreaterThanOrEqualTo(end);
                end = at + element.excerpt().length();
            }
        }
    }

    private void assertCellsMatch(Quadrant quadrant, String heading) {
        Map<String, String> expected = study.bullets(heading);
        assertThat(expected).containsOnlyKeys(ACTIVITY_IDS);
        for (String id : ACTIVITY_IDS) {
            assertThat(matrix.cell(id, quadrant).text()).as(id + " " + quadrant).isEqualTo(expected.get(id));
        }
    }

    private static List<MatrixCell> allCells() {
        Function<String, Stream<MatrixCell>> cellsOf = id -> Stream.of(Quadrant.DESIGN, Quadrant.DELIVER,
                Quadrant.ORGANISE).map(q -> matrix.cell(id, q));
        return Stream.concat(Stream.of(matrix.professional()), ACTIVITY_IDS.stream().flatMap(cellsOf)).toList();
    }
}
