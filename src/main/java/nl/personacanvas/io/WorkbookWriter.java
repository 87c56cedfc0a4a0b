package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
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

    private final JsonFactory factory;
    private final JsonGenerator out;
    private final PersonaJson json;
    private final SerialisedPersonas previous;

    private WorkbookWriter(JsonFactory factory, JsonGenerator out, SerialisedPersonas previous) {
        this.factory = factory;
        this.out = out;
        this.json = new PersonaJson(out);
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
        try (JsonGenerator generator = new WellFormedStrings(factory.createGenerator(sink, JsonEncoding.UTF8))) {
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
            json.texts(p.statements());
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
        private final PersonaJson json;

        PersonaSerialiser(JsonFactory factory) throws IOException {
            generator = new WellFormedStrings(factory.createGenerator(buffer, JsonEncoding.UTF8));
            generator.setPrettyPrinter(FilePrettyPrinter.insideList(PERSONAS_NESTING));
            json = new PersonaJson(generator);
        }

        SerialisedPersona serialise(Persona persona) throws IOException {
            json.persona(persona);
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

}
