package nl.personacanvas.ui.main;

import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;

/**
 * What the search field finds, written once for the persona list (which personas) and the canvas (which of
 * their notes): the list shows a persona the canvas then has to point into, so both must agree.
 */
final class PersonaSearch {
    private final TextMatcher matcher;

    PersonaSearch(String query) {
        this.matcher = new TextMatcher(query);
    }

    boolean isEmpty() {
        return matcher.isEmpty();
    }

    /**
     * Name, role, entry texts and the notes too: an import that keeps both versions marks one "uit joost.pcanvas"
     * in the persona's notes or an entry's note, and the user who is told to choose between them has to find them.
     */
    boolean finds(Persona p) {
        return matcher.matches(p.name()) || matcher.matches(p.role()) || matcher.matches(p.notes())
                || p.canvas().allEntries().anyMatch(this::finds);
    }

    /** The persona's own notes (the header's field), where an import keeps both versions of a conflict. */
    boolean findsNotes(Persona p) {
        return matcher.matches(p.notes());
    }

    /** A sticky note by its text or by the note folded under it. */
    boolean finds(Entry e) {
        return matcher.matches(e.text()) || matcher.matches(e.note());
    }
}
