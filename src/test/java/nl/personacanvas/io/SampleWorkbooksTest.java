package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SampleWorkbooksTest {

    private static final WorkbookCodec CODEC = new WorkbookCodec();
    private static final SampleWorkbooks SAMPLES = new SampleWorkbooks(CODEC);

    static Stream<SampleWorkbooks.Sample> samples() {
        return SAMPLES.list().stream();
    }

    @Test
    void listsTheFourSchoolsInIndexOrderWithAlfaCollegeAsDefault() {
        assertThat(SAMPLES.list()).extracting(SampleWorkbooks.Sample::id).containsExactly(
                "alfa-college", "summa-college", "roc-van-amsterdam-en-flevoland", "roc-mondriaan");
        assertThat(SAMPLES.defaultSample().id()).isEqualTo("alfa-college");
    }

    @Test
    void defaultSampleHoldsTheStudysExamplePersona() {
        Workbook alfa = SAMPLES.load(SAMPLES.defaultSample());

        Persona laura = alfa.personas().stream().filter(p -> p.name().equals("Laura")).findFirst().orElseThrow();
        assertThat(laura.headline()).isEqualTo("Laura begeleidt studenten bij een internationale stage.");
        assertThat(alfa.activityOf(laura)).map(CoreActivity::matrixId).contains("A4");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void describesTheSchoolAsTabel2Does(SampleWorkbooks.Sample sample) {
        Workbook wb = SAMPLES.load(sample);

        assertThat(wb.school()).isNotBlank();
        assertThat(wb.region()).isNotBlank();
        assertThat(wb.team()).isNotBlank();
        assertThat(wb.definition()).isNotBlank();
        assertThat(wb.principles()).isNotEmpty().allSatisfy(theme -> {
            assertThat(theme.theme()).isNotBlank();
            assertThat(theme.statements()).isNotEmpty().allSatisfy(s -> assertThat(s).isNotBlank());
        });
        assertThat(wb.activities()).hasSizeBetween(4, 5).allSatisfy(a -> {
            assertThat(a.name()).isNotBlank();
            if (!a.isOwn()) {
                assertThat(a.matrixId()).isIn("A1", "A2", "A3", "A4", "A5").isEqualTo(a.id());
            }
        });
        assertThat(wb.activities().stream().filter(a -> !a.isOwn()).map(CoreActivity::matrixId))
                .doesNotHaveDuplicates();
        assertThat(wb.matrixVersion()).isEqualTo("1.0");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyMatrixActivityHasAPersonaAndEveryPersonaAnActivity(SampleWorkbooks.Sample sample) {
        Workbook wb = SAMPLES.load(sample);

        assertThat(wb.personas()).hasSizeBetween(4, 7);
        assertThat(wb.personas()).allSatisfy(p -> assertThat(wb.activityOf(p)).isPresent());
        wb.activities().stream().filter(a -> !a.isOwn())
                .forEach(a -> assertThat(wb.personasOf(a.id())).as("personas for %s", a.id()).isNotEmpty());
        if (wb.activities().stream().anyMatch(CoreActivity::isOwn)) {
            assertThat(wb.personas()).anySatisfy(p -> assertThat(wb.activityOf(p).orElseThrow().isOwn()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void personasAreFilledCanvasesWithWorkbookUniqueIds(SampleWorkbooks.Sample sample) {
        Workbook wb = SAMPLES.load(sample);
        Set<String> ids = new HashSet<>();

        for (Persona p : wb.personas()) {
            assertThat(ids.add(p.id())).as("unique id %s", p.id()).isTrue();
            assertThat(p.name()).isNotBlank();
            assertThat(p.role()).isNotBlank().doesNotStartWith(p.name());
            assertThat(p.authors()).hasSizeBetween(1, 3);
            assertThat(p.modified()).isAfterOrEqualTo(p.created());
            for (Quadrant q : Quadrant.values()) {
                List<Entry> entries = p.canvas().entries(q);
                assertThat(entries).as("%s %s", p.id(), q).hasSizeBetween(4, 8);
                for (Entry e : entries) {
                    assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
                    assertThat(e.text()).isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void survivesASaveAndReload(SampleWorkbooks.Sample sample) throws Exception {
        Workbook original = CODEC.read(bytesOf(sample));

        Workbook reloaded = CODEC.read(CODEC.write(original));

        assertThat(reloaded).isEqualTo(original);
        assertThat(reloaded).isEqualTo(SAMPLES.load(sample));
    }

    private static byte[] bytesOf(SampleWorkbooks.Sample sample) throws IOException {
        try (InputStream in = SampleWorkbooksTest.class.getResourceAsStream(sample.resource())) {
            assertThat(in).as(sample.resource()).isNotNull();
            return in.readAllBytes();
        }
    }
}
