package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's default indentation, the file format's layout, written with less work: line breaks with
 * their indentation and the separators are encoded once and copied as bytes, where the default
 * converts them from characters each time. A large workbook has over a hundred thousand lines, so
 * this is a noticeable part of saving. The output is the default's, byte for byte
 * ({@code WorkbookWriterTest} compares it with Jackson's own).
 */
final class FilePrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    private static final int PRECOMPUTED_LEVELS = 32;

    private final SerializedString fieldValueSeparator;
    private final SerializedString entrySeparator;
    private final SerializedString arrayValueSeparator;

    FilePrettyPrinter() {
        _objectIndenter = new LevelIndenter();
        fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        entrySeparator = new SerializedString(_objectEntrySeparator);
        arrayValueSeparator = new SerializedString(_arrayValueSeparator);
    }

    /**
     * Lays out values written one after another into the middle of a list that sits {@code nesting}
     * objects deep, as if that list's own generator wrote them; the caller writes the separators.
     */
    static FilePrettyPrinter insideList(int nesting) {
        FilePrettyPrinter layout = new FilePrettyPrinter();
        layout._nesting = nesting;
        layout._rootSeparator = null;
        return layout;
    }

    /** A line break and the indentation of {@code level} nesting levels, as UTF-8. */
    static byte[] lineBreakAt(int level) {
        return LevelIndenter.LEVELS[level].asUnquotedUTF8();
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new FilePrettyPrinter();
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(entrySeparator);
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(arrayValueSeparator);
        _arrayIndenter.writeIndentation(g, _nesting);
    }

    /**
     * A line break and the indentation of one nesting level, pre-encoded for the levels a file uses,
     * once for all saves.
     */
    private static final class LevelIndenter implements Indenter {
        private static final DefaultIndenter DEEPER = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;
        private static final SerializableString[] LEVELS = new SerializableString[PRECOMPUTED_LEVELS];

        static {
            for (int level = 0; level < PRECOMPUTED_LEVELS; level++) {
                LEVELS[level] = new SerializedString(DEEPER.getEol() + DEEPER.getIndent().repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level < PRECOMPUTED_LEVELS) {
                g.writeRaw(LEVELS[level]);
            } else {
                DEEPER.writeIndentation(g, level);
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
