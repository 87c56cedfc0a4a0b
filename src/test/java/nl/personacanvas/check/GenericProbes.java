package nl.personacanvas.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** How the generic branches' probe files (test resources of their own sentences) score on "too general". */
final class GenericProbes {
    private GenericProbes() {
    }

    /** Reads {@code resource}, checks it still holds {@code size} statements, and scores its generic placement. */
    static Evaluation.PrecisionRecall generic(String resource, int size) throws Exception {
        List<LabelledStatement> probes;
        try (Reader r = new InputStreamReader(Objects.requireNonNull(GenericProbes.class.getResourceAsStream(resource)),
                StandardCharsets.UTF_8)) {
            probes = new LabelledStatementReader().read(r);
        }
        assertThat(probes).hasSize(size);
        return Evaluation.run(probes, CheckFixture.SORTER).perPlacement().get(Placement.GENERIC);
    }
}
