package nl.personacanvas.merge;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Ids;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Keeps persona and entry ids unique in the merged workbook (a file shares one id space between them):
 * an id that is already taken is replaced by a new one.
 */
final class IdAllocator {
    private final Set<String> used = new HashSet<>();

    IdAllocator(Workbook base) {
        for (Persona p : base.personas()) {
            used.add(p.id());
            p.canvas().allEntries().forEach(e -> used.add(e.id()));
        }
    }

    /** {@code id} itself when still free, else a new id from {@code fresh}. */
    String claim(String id, Supplier<String> fresh) {
        String candidate = id;
        while (!used.add(candidate)) {
            candidate = fresh.get();
        }
        return candidate;
    }

    String newEntryId() {
        return claim(Ids.newEntryId(), Ids::newEntryId);
    }

    /** Their persona with its id and every entry id made unique. */
    Persona claimAll(Persona persona) {
        Canvas canvas = persona.canvas();
        for (Quadrant quadrant : Quadrant.values()) {
            canvas = canvas.withEntries(quadrant, canvas.entries(quadrant).stream()
                    .map(e -> new Entry(claim(e.id(), Ids::newEntryId), e.text(), e.links(), e.note()))
                    .toList());
        }
        return new Persona(claim(persona.id(), Ids::newPersonaId), persona.name(), persona.role(),
                persona.activityId(), persona.authors(), persona.portrait(), persona.notes(), persona.created(),
                persona.modified(), canvas);
    }
}
