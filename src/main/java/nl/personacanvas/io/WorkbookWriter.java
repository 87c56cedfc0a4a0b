package nl.personacanvas.io;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
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
 * is mostly this work, so no intermediate objects are built. Field order and which fields are left
 * out are the format's (docs/file-format.md) and match the DTOs in {@code io.dto} that reading binds to;
 * {@code WorkbookWriterTest} proves the output byte for byte equal to serialising those DTOs.
 */
final class WorkbookWriter {
    /** From this many personas on, the second half is serialised on a thread of its own. */
    static final int PARALLEL_FROM = 64;
    /** How deep the personas' list sits: in the workbook object, in the file's object. */
    private static final int PERSONAS_NESTING = 2;

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
    private final OutputStream sink;
    private final JsonGenerator out;

    private WorkbookWriter(JsonFactory factory, OutputStream sink, JsonGenerator out) {
        this.factory = factory;
        this.sink = sink;
        this.out = out;
    }

    /** Writes the whole file's top-level object, pretty-printed, into {@code sink}, leaving it open. */
    static void write(JsonFactory factory, OutputStream sink, Workbook workbook, String savedBy) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(sink, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(new FilePrettyPrinter());
            new WorkbookWriter(factory, sink, generator).file(workbook, savedBy);
        }
    }

    private void file(Workbook wb, String savedBy) throws IOException {
        out.writeStartObject();
        out.writeStringField("format", WorkbookCodec.FORMAT);
        out.writeNumberField("schemaVersion", WorkbookCodec.SCHEMA_VERSION);
        if (wb.matrixVersion() != null) {
            out.writeStringField("matrixVersion", wb.matrixVersion());
        }
        out.writeStringField("savedBy", savedBy);
        out.writeFieldName("workbook");
        workbook(wb);
        out.writeEndObject();
    }

    private void workbook(Workbook wb) throws IOException {
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
        List<Persona> personas = wb.personas();
        int half = personas.size() >= PARALLEL_FROM ? personas.size() / 2 : personas.size();
        FutureTask<PieceBuffer> secondHalf = half < personas.size()
                ? startWriting(personas.subList(half, personas.size())) : null;
        for (Persona p : personas.subList(0, half)) {
            persona(p);
        }
        if (secondHalf != null) {
            out.flush();
            await(secondHalf).writeTo(sink);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /**
     * Serialises the personas of the list's second half while this thread does the first: a large
     * workbook is saved in about half the time where a second processor is free. The bytes are those the
     * list would hold after its first half: a separator before each persona, indented as deep as the list.
     * They are kept in pieces, which a save passes on to the file as they are, without copying them.
     */
    private FutureTask<PieceBuffer> startWriting(List<Persona> personas) {
        FutureTask<PieceBuffer> task = new FutureTask<>(() -> {
            PieceBuffer bytes = new PieceBuffer();
            FilePrettyPrinter layout = FilePrettyPrinter.insideList(PERSONAS_NESTING);
            try (JsonGenerator generator = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
                generator.setPrettyPrinter(layout);
                WorkbookWriter writer = new WorkbookWriter(factory, bytes, generator);
                for (Persona p : personas) {
                    layout.writeArrayValueSeparator(generator);
                    writer.persona(p);
                }
            }
            return bytes;
        });
        Thread thread = new Thread(task, "workbook-serialise");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static PieceBuffer await(FutureTask<PieceBuffer> task) throws IOException {
        try {
            return task.get();
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
        out.writeString(value);
    }

    private void texts(List<String> values) throws IOException {
        out.writeStartArray();
        for (String v : values) {
            out.writeString(v);
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
