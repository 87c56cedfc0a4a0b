package nl.personacanvas.io;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Canvas;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;

/**
 * Writes one persona (and the string lists of a workbook) into a JSON generator, in the file format's field
 * order (docs/file-format.md). {@link WorkbookWriter} uses one for the file it streams and one per thread that
 * serialises personas on their own; the generator's pretty printer decides the layout.
 */
final class PersonaJson {
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

    private final JsonGenerator out;

    PersonaJson(JsonGenerator out) {
        this.out = out;
    }

    void persona(Persona p) throws IOException {
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

    void texts(List<String> values) throws IOException {
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
