package nl.personacanvas.io;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Streams a workbook into a JSON generator straight from the domain records. Saving a large workbook
 * is mostly this work, so no intermediate objects are built, and each persona's bytes are kept for the
 * next save, which serialises only the personas edited since ({@link SerialisedPersonas}). Field order
 * and which fields are left out are the format's (docs/file-format.md) and match the DTOs in
 * {@code io.dto} that reading binds to; {@code WorkbookWriterTest} proves the output byte for byte equal
 * to serialising those DTOs, for a first write and for writes after edits.
 */
final class WorkbookWriter {
    /** From this many personas to serialise on, the second half of them is serialised on a thread of its own. */
    static final int PARALLEL_FROM = 64;
    /** How deep the personas' list sits: in the workbook object, in the file's object. */
    static final int PERSONAS_NESTING = 2;

    // The names of the fields every persona and entry has, encoded once instead of for every one of them.
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString LINKS = new SerializedString("links");
    private static final SerializableString NOTE = new SerializedString("note");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString ROLE = new SerializedString("role");
    private static final SerializableString ACTIVITY = new SerializedString("activity");
    private static final SerializableString AUTHORS = new SerializedString("authors");
    private static final SerializableString NOTES = new SerializedString("notes");
    private static final SerializableString CREATED = new SerializedString("created");
    private static final SerializableString MODIFIED = new SerializedString("modified");
    private static final SerializableString CANVAS = new SerializedString("canvas");
    private static final Map<Quadrant, SerializableString> QUADRANT_KEYS = quadrantKeys();

    private final JsonFactory factory;
    private final JsonGenerator out;
    private final SerialisedPersonas previous;

    private WorkbookWriter(JsonFactory factory, JsonGenerator out, SerialisedPersonas previous) {
        this.factory = factory;
        this.out = out;
        this.previous = previous;
    }

    /**
     * Writes the whole file's top-level object, pretty-printed, into {@code sink}, leaving it open.
     *
     * @param previous what the last write returned: the personas found there are not serialised again
     * @return the bytes of this workbook's personas, for the next write
     */
    static SerialisedPersonas write(JsonFactory factory, OutputStream sink, Workbook workbook, String savedBy,
            SerialisedPersonas previous) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(sink, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(new FilePrettyPrinter());
            return new WorkbookWriter(factory, generator, previous).file(workbook, savedBy);
        }
    }

    private SerialisedPersonas file(Workbook wb, String savedBy) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", WorkbookCodec.FORMAT);
        out.writeNumberField("schemaVersion", WorkbookCodec.SCHEMA_VERSION);
        if (wb.matrixVersion() != null) {
            out.writeStringField("matrixVersion", wb.matrixVersion());
        }
        out.writeStringField("savedBy", savedBy);
        out.writeFieldName("workbook");
        SerialisedPersonas written = workbook(wb);
        out.writeEndObject();
        return written;
    }

    private SerialisedPersonas workbook(Workbook wb) throws IOException {
        out.writeStartObject();
        out.writeStringField("school", wb.school());
        out.writeStringField("region", wb.region());
        out.writeStringField("team", wb.team());
        out.writeStringField("definition", wb.definition());
        out.writeFieldName("principles");
        out.writeStartArray();
        for (PrincipleTheme p : wb.principles()) {
            out.writeStartObject();
            out.writeStringField("theme", p.theme());
            out.writeFieldName("statements");
            texts(p.statements());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeFieldName("activities");
        out.writeStartArray();
        for (CoreActivity a : wb.activities()) {
            activity(a);
        }
        out.writeEndArray();
        out.writeFieldName("personas");
        out.writeStartArray();
        SerialisedPersonas written = personas(wb.personas());
        out.writeEndArray();
        out.writeEndObject();
        return written;
    }

    /**
     * Writes each persona as the bytes the last write kept for it, serialising only the personas not among
     * them. Where many are new (the first save of a large workbook), the second half of those is serialised
     * on a thread of its own while this one does the first half and writes.
     */
    private SerialisedPersonas personas(List<Persona> personas) throws IOException {
        SerialisedPersona[] bytes = new SerialisedPersona[personas.size()];
        int[] missing = new int[personas.size()];
        int count = 0;
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = previous.of(personas.get(i));
            if (bytes[i] == null) {
                missing[count++] = i;
            }
        }
        int half = count >= PARALLEL_FROM ? count / 2 : count;
        FutureTask<Void> secondHalf = half < count ? startSerialising(personas, bytes, missing, half, count) : null;
        try (PersonaSerialiser serialiser = new PersonaSerialiser(factory)) {
            int next = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (next < count && missing[next] == i) {
                    if (next < half) {
                        bytes[i] = serialiser.serialise(personas.get(i));
                    } else if (next == half) {
                        await(secondHalf);
                    }
                    next++;
                }
                out.writeRawValue(bytes[i]);
            }
        }
        return new SerialisedPersonas(personas, bytes);
    }

    /** Serialises {@code personas[missing[from..to)]} into {@code bytes} on a thread of its own. */
    private FutureTask<Void> startSerialising(List<Persona> personas, SerialisedPersona[] bytes, int[] missing,
            int from, int to) {
        FutureTask<Void> task = new FutureTask<>(() -> {
            try (PersonaSerialiser serialiser = new PersonaSerialiser(factory)) {
                for (int k = from; k < to; k++) {
                    bytes[missing[k]] = serialiser.serialise(personas.get(missing[k]));
                }
            }
            return null;
        });
        Thread thread = new Thread(task, "workbook-serialise");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static void await(FutureTask<Void> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            } else if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Serialises single personas into bytes of their own, laid out as the file's list of personas holds
     * them, so they can be kept for the next save. One per thread: it reuses its buffer and generator.
     */
    private static final class PersonaSerialiser implements AutoCloseable {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
        private final JsonGenerator generator;
        private final WorkbookWriter writer;

        PersonaSerialiser(JsonFactory factory) throws IOException {
            generator = factory.createGenerator(buffer, JsonEncoding.UTF8);
            generator.setPrettyPrinter(FilePrettyPrinter.insideList(PERSONAS_NESTING));
            writer = new WorkbookWriter(factory, generator, SerialisedPersonas.NONE);
        }

        SerialisedPersona serialise(Persona persona) throws IOException {
            writer.persona(persona);
            generator.flush();
            SerialisedPersona bytes = new SerialisedPersona(buffer.toByteArray());
            buffer.reset();
            return bytes;
        }

        @Override
        public void close() throws IOException {
            generator.close();
        }
    }

    private void activity(CoreActivity a) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", a.id());
        if (a.matrixId() != null) {
            out.writeStringField("matrix", a.matrixId());
        }
        out.writeStringField("name", a.name());
        out.writeStringField("group", a.group().key());
        out.writeEndObject();
    }

    private void persona(Persona p) throws IOException {
        out.writeStartObject();
        field(ID, p.id());
        field(NAME, p.name());
        field(ROLE, p.role());
        field(ACTIVITY, p.activityId());
        out.writeFieldName(AUTHORS);
        texts(p.authors());
        if (p.portrait() != null) {
            out.writeFieldName("portrait");
            out.writeStartObject();
            out.writeStringField("mediaType", p.portrait().mediaType());
            out.writeFieldName("data");
            // Encoded straight into the output; the same alphabet, padding and lack of line breaks as
            // java.util.Base64's basic encoder, which the reader decodes with.
            byte[] image = p.portrait().data();
            out.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, image, 0, image.length);
            out.writeEndObject();
        }
        field(NOTES, p.notes());
        field(CREATED, p.created().toString());
        field(MODIFIED, p.modified().toString());
        out.writeFieldName(CANVAS);
        canvas(p.canvas());
        out.writeEndObject();
    }

    private void canvas(Canvas c) throws IOException {
        out.writeStartObject();
        for (Quadrant q : Quadrant.values()) {
            out.writeFieldName(QUADRANT_KEYS.get(q));
            out.writeStartArray();
            for (Entry e : c.entries(q)) {
                entry(e);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    /** Empty texts and lists of an entry are left out, keeping files of large canvases short. */
    private void entry(Entry e) throws IOException {
        out.writeStartObject();
        if (!e.id().isEmpty()) {
            field(ID, e.id());
        }
        if (!e.text().isEmpty()) {
            field(TEXT, e.text());
        }
        if (!e.links().isEmpty()) {
            out.writeFieldName(LINKS);
            texts(e.links());
        }
        if (!e.note().isEmpty()) {
            field(NOTE, e.note());
        }
        out.writeEndObject();
    }

    private void field(SerializableString name, String value) throws IOException {
        out.writeFieldName(name);
        string(value);
    }

    /** Through the generator's escaping only when the text needs it ({@link PlainJsonText}). */
    private void string(String value) throws IOException {
        byte[] plain = PlainJsonText.bytesOf(value);
        if (plain != null) {
            out.writeRawUTF8String(plain, 0, plain.length);
        } else {
            out.writeString(value);
        }
    }

    private void texts(List<String> values) throws IOException {
        out.writeStartArray();
        for (String v : values) {
            string(v);
        }
        out.writeEndArray();
    }

    private static Map<Quadrant, SerializableString> quadrantKeys() {
        Map<Quadrant, SerializableString> keys = new EnumMap<>(Quadrant.class);
        for (Quadrant q : Quadrant.values()) {
            keys.put(q, new SerializedString(q.key()));
        }
        return keys;
    }
}
