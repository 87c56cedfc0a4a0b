package nl.personacanvas.ui.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.matrix.Attitude;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.matrix.MatrixElement;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.QuadrantTexts;

/**
 * Linking one entry to matrix elements by hand: the elements of the persona's activity, the
 * professional row and the attitudes to choose from, and the entry's links as they are.
 */
public final class LinkElementsViewModel {

    /** One thing an entry can be linked to. */
    public record Option(String id, String group, String text) {
    }

    private final Entry entry;
    private final List<Option> options = new ArrayList<>();

    /** @param matrixActivityId A1..A5, or null for a school's own activity (no cells to link to) */
    public LinkElementsViewModel(CompetencyMatrix matrix, String matrixActivityId, Entry entry, Messages messages) {
        this.entry = entry;
        if (matrixActivityId != null) {
            for (Quadrant q : List.of(Quadrant.DESIGN, Quadrant.DELIVER, Quadrant.ORGANISE)) {
                String group = QuadrantTexts.title(messages, q);
                matrix.cell(matrixActivityId, q).elements().forEach(e -> options.add(option(e, group)));
            }
        }
        String professional = messages.get("link.group.professional");
        matrix.professional().elements().forEach(e -> options.add(option(e, professional)));
        String attitude = QuadrantTexts.title(messages, Quadrant.ATTITUDE);
        List<Attitude> attitudes = matrixActivityId == null ? matrix.sharedAttitudes()
                : matrix.attitudesFor(matrixActivityId);
        attitudes.forEach(a -> options.add(new Option(a.id(), attitude, a.name())));
    }

    private static Option option(MatrixElement e, String group) {
        return new Option(e.id(), group, e.label() + " – " + e.excerpt());
    }

    public List<Option> options() {
        return List.copyOf(options);
    }

    public String entryText() {
        return entry.text();
    }

    public boolean isLinked(Option option) {
        return entry.links().contains(option.id());
    }

    /**
     * The entry's new links: the options checked, plus links to elements this list does not offer (set
     * under another activity), which the dialog cannot show and so must not drop.
     */
    public List<String> links(Collection<Option> checked) {
        Set<String> offered = new LinkedHashSet<>(options.stream().map(Option::id).toList());
        Set<String> result = new LinkedHashSet<>(entry.links().stream().filter(id -> !offered.contains(id)).toList());
        checked.forEach(o -> result.add(o.id()));
        return List.copyOf(result);
    }
}
