package nl.personacanvas.ui.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.personacanvas.model.Quadrant;

/**
 * Linking one entry by hand to what the matrix says for its quadrant: the options to check, which of
 * them are linked, and the entry's new links once the user checks or unchecks one.
 */
public final class EntryLinksViewModel {
    private final CanvasViewModel canvas;
    private final EntryViewModel entry;
    private final List<LinkOption> options;

    public EntryLinksViewModel(CanvasViewModel canvas, EntryViewModel entry, Quadrant quadrant) {
        this.canvas = canvas;
        this.entry = entry;
        this.options = canvas.linkOptions(quadrant);
    }

    public List<LinkOption> options() {
        return options;
    }

    public boolean isLinked(LinkOption option) {
        return entry.linksProperty().get().contains(option.id());
    }

    /**
     * Saves the checked options as the entry's links, one undo step. Links this list does not offer (set
     * before the entry moved to another quadrant or the persona to another activity) cannot be unchecked
     * here, so they are kept.
     */
    public void link(Collection<LinkOption> checked) {
        Set<String> offered = new LinkedHashSet<>(options.stream().map(LinkOption::id).toList());
        Set<String> links = new LinkedHashSet<>(entry.linksProperty().get().stream()
                .filter(id -> !offered.contains(id)).toList());
        options.stream().filter(checked::contains).forEach(o -> links.add(o.id()));
        canvas.setLinks(entry.id(), List.copyOf(links));
    }
}
