package nl.personacanvas.io;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Persona;

/**
 * The personas of the workbook written or read last, each with its bytes, so the next save serialises
 * only the personas that changed since. Personas are immutable, so one persona object always gives the same bytes;
 * an edit makes a new object, which is not found here and is serialised afresh. Looked up by identity:
 * comparing personas by value would read their whole canvas, which is what this saves.
 *
 * <p>Holds the personas of one workbook and nothing else: those the next write no longer contains drop
 * out. Immutable once made, so concurrent saves (a save and an autosave) can share it.
 */
final class SerialisedPersonas {
    static final SerialisedPersonas NONE = new SerialisedPersonas(List.of(), new SerialisedPersona[0]);
    /** How the writer starts a persona's first field and the line of its closing brace. */
    private static final byte[] FIRST_FIELD = FilePrettyPrinter.lineBreakAt(WorkbookWriter.PERSONAS_NESTING + 1);
    private static final byte[] LAST_LINE = FilePrettyPrinter.lineBreakAt(WorkbookWriter.PERSONAS_NESTING);

    private final Map<Persona, SerialisedPersona> byPersona;

    /** {@code bytes[i]} are the bytes of {@code personas.get(i)}; null where they are not known. */
    SerialisedPersonas(List<Persona> personas, SerialisedPersona[] bytes) {
        byPersona = new IdentityHashMap<>(personas.size());
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != null) {
                byPersona.put(personas.get(i), bytes[i]);
            }
        }
    }

    /**
     * The personas of a file just read, each with the bytes it was read from, so the first save after
     * opening serialises only the personas edited since, like every later save. Reading those bytes
     * again gives the very persona read (the reader is deterministic and reads a persona from its own
     * object alone), so a save that writes them back holds exactly what the workbook holds. Only a file
     * of the current format version is kept, and only personas laid out as the writer lays them out on
     * this system (line breaks, indentation), so a file saved by this app comes back byte for byte while
     * a hand-made or minified one is written in the app's own layout.
     */
    static SerialisedPersonas inFile(byte[] file, WorkbookReader.Read read) {
        List<Persona> personas = read.workbook().personas();
        if (read.schemaVersion() != WorkbookCodec.SCHEMA_VERSION) {
            return NONE;
        }
        SerialisedPersona[] bytes = new SerialisedPersona[personas.size()];
        for (int i = 0; i < bytes.length; i++) {
            int start = read.start(i);
            int end = read.end(i);
            if (laidOutByWriter(file, start, end)) {
                bytes[i] = SerialisedPersona.inFile(file, start, end - start);
            }
        }
        return new SerialisedPersonas(personas, bytes);
    }

    /** The object opens with the writer's line break and indentation before its first field, and closes with them. */
    private static boolean laidOutByWriter(byte[] file, int start, int end) {
        int afterBrace = start + 1;
        int beforeBrace = end - 1 - LAST_LINE.length;
        return end - start > FIRST_FIELD.length + LAST_LINE.length + 1
                && file[start] == '{' && file[end - 1] == '}'
                && Arrays.equals(file, afterBrace, afterBrace + FIRST_FIELD.length, FIRST_FIELD, 0, FIRST_FIELD.length)
                && file[afterBrace + FIRST_FIELD.length] == '"'
                && Arrays.equals(file, beforeBrace, end - 1, LAST_LINE, 0, LAST_LINE.length);
    }

    /** The bytes written for this very persona object, or null if the last write did not hold it. */
    SerialisedPersona of(Persona persona) {
        return byPersona.get(persona);
    }
}
