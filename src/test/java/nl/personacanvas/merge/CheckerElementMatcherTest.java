package nl.personacanvas.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

class CheckerElementMatcherTest {
    private static final CompetencyMatrix MATRIX = CompetencyMatrix.loadBundled();
    // One checker for the class: its classifier trains on first use (about half a CPU-second), and it is thread-safe.
    private static final CheckerElementMatcher matcher = new CheckerElementMatcher(new CanvasChecker(MATRIX));

    @Test
    void findsWhatTheCheckerFindsWithoutTheLinks() {
        Entry entry = new Entry("e-1", "Onderhoudt contact met stagebedrijven in het buitenland", List.of("A4.design.1"), "");
        List<String> ids = matcher.matches(entry, Quadrant.ORGANISE, "A4");
        assertThat(ids).isNotEmpty().doesNotContain("A4.design.1").allMatch(MATRIX::containsId);
    }

    @Test
    void namesAttitudesByTheirIdsOnlyForAttitudeEntries() {
        Entry flexible = Entry.of("Flexibel en open voor andere culturen");
        assertThat(matcher.matches(flexible, Quadrant.ATTITUDE, "A4")).isNotEmpty()
                .allMatch(id -> MATRIX.allAttitudes().stream().anyMatch(a -> a.id().equals(id)));
    }

    @Test
    void theCheckerFillsTheComparisonOfTheSampleBeyondLinks() throws Exception {
        Workbook sample;
        try (InputStream in = getClass().getResourceAsStream("/nl/personacanvas/samples/alfa-college.pcanvas")) {
            sample = new WorkbookCodec().read(in.readAllBytes());
        }
        List<ComparedPersona> compared = sample.personas().stream().limit(3)
                .map(p -> new ComparedPersona("alfa", p, sample.activityOf(p).orElse(null))).toList();
        PersonaComparison checked = PersonaComparison.of(compared, MATRIX, matcher);
        long matched = checked.items().stream().flatMap(r -> r.columns().stream()).filter(c -> c == Coverage.MATCHED).count();
        assertThat(matched).isPositive();
        assertThat(checked.twins().size()).isGreaterThanOrEqualTo(
                PersonaComparison.of(compared, MATRIX, ElementMatcher.LINKS_ONLY).twins().size());
    }
}
