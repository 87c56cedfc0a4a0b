package nl.personacanvas.io;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
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
    private final JsonGenerator out;

    private WorkbookWriter(JsonGenerator out) {
        this.out = out;
    }

    /** Writes the whole file's top-level object; the caller has set up pretty-printing. */
    static void write(JsonGenerator out, Workbook workbook, String savedBy) throws IOException {
        new WorkbookWriter(out).file(workbook, savedBy);
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
            texts("statements", p.statements());
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
        for (Persona p : wb.personas()) {
            persona(p);
        }
        out.writeEndArray();
        out.writeEndObject();
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
        out.writeStringField("id", p.id());
        out.writeStringField("name", p.name());
        out.writeStringField("role", p.role());
        out.writeStringField("activity", p.activityId());
        texts("authors", p.authors());
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
        out.writeStringField("notes", p.notes());
        out.writeStringField("created", p.created().toString());
        out.writeStringField("modified", p.modified().toString());
        out.writeFieldName("canvas");
        canvas(p.canvas());
        out.writeEndObject();
    }

    private void canvas(Canvas c) throws IOException {
        out.writeStartObject();
        for (Quadrant q : Quadrant.values()) {
            out.writeFieldName(q.key());
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
            out.writeStringField("id", e.id());
        }
        if (!e.text().isEmpty()) {
            out.writeStringField("text", e.text());
        }
        if (!e.links().isEmpty()) {
            texts("links", e.links());
        }
        if (!e.note().isEmpty()) {
            out.writeStringField("note", e.note());
        }
        out.writeEndObject();
    }

    private void texts(String field, List<String> values) throws IOException {
        out.writeFieldName(field);
        out.writeStartArray();
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
