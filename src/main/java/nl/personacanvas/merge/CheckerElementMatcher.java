package nl.personacanvas.merge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.ElementMatch;
import nl.personacanvas.check.EntryFinding;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;

/**
 * The checker's reading of an entry as comparison input: the matrix elements its wording addresses and,
 * for an attitude entry, the attitudes it expresses. A person's links are not repeated here; the
 * comparison counts them itself and they win over these automatic finds.
 */
public final class CheckerElementMatcher implements ElementMatcher {
    private static final Instant EPOCH = Instant.EPOCH;

    private final CanvasChecker checker;

    public CheckerElementMatcher(CanvasChecker checker) {
        this.checker = checker;
    }

    @Override
    public List<String> matches(Entry entry, Quadrant quadrant, String matrixActivityId) {
        // The checker reads whole canvases; its per-text cache makes a one-entry canvas cheap.
        Entry unlinked = entry.withLinks(List.of());
        Persona single = new Persona("compare", "", "", "", List.of(), null, "", EPOCH, EPOCH,
                Canvas.of(Map.of(quadrant, List.of(unlinked))));
        Optional<EntryFinding> found = checker.check(single, matrixActivityId).finding(unlinked.id());
        if (found.isEmpty()) {
            return List.of(); // an entry without text matches nothing
        }
        EntryFinding finding = found.get();
        List<String> ids = new ArrayList<>();
        finding.elements().stream().filter(m -> !m.manual()).map(ElementMatch::elementId).forEach(ids::add);
        if (quadrant == Quadrant.ATTITUDE) {
            for (Attitude a : attitudesOf(matrixActivityId)) {
                if (finding.attitudes().contains(a.name()) && !ids.contains(a.id())) {
                    ids.add(a.id());
                }
            }
        }
        return ids;
    }

    private List<Attitude> attitudesOf(String matrixActivityId) {
        boolean known = matrixActivityId != null && checker.matrix().activity(matrixActivityId).isPresent();
        return known ? checker.matrix().attitudesFor(matrixActivityId) : checker.matrix().sharedAttitudes();
    }
}
