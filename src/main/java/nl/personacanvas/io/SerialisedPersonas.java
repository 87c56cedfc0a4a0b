package nl.personacanvas.io;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;

/**
 * The personas of the workbook written last, each with its bytes, so the next save serialises only the
 * personas that changed since. Personas are immutable, so one persona object always gives the same bytes;
 * an edit makes a new object, which is not found here and is serialised afresh. Looked up by identity:
 * comparing personas by value would read their whole canvas, which is what this saves.
 *
 * <p>Holds the personas of one written workbook and nothing else: those the next write no longer contains
 * drop out. Immutable once made, so concurrent saves (a save and an autosave) can share it.
 */
final class SerialisedPersonas {
    static final SerialisedPersonas NONE = new SerialisedPersonas(List.of(), new SerialisedPersona[0]);

    private final Map<Persona, SerialisedPersona> byPersona;

    /** {@code bytes[i]} are the bytes of {@code personas.get(i)}. */
    SerialisedPersonas(List<Persona> personas, SerialisedPersona[] bytes) {
        byPersona = new IdentityHashMap<>(personas.size());
        for (int i = 0; i < bytes.length; i++) {
            byPersona.put(personas.get(i), bytes[i]);
        }
    }

    /** The bytes written for this very persona object, or null if the last write did not hold it. */
    SerialisedPersona of(Persona persona) {
        return byPersona.get(persona);
    }

    int size() {
        return byPersona.size();
    }
}
