package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.personacanvas.io.dto.WorkbookFileDto;
import nl.personacanvas.model.Workbook;

/**
 * Reads and writes the workbook file format (JSON, UTF-8). Reading is strict and bounded: a file is
 * either loaded whole or refused with a {@link WorkbookFormatException} naming every problem, never
 * half-loaded. A good file is read in one streaming pass ({@link WorkbookReader}); any other is read
 * thoroughly, where order matters: encoding, then format and version (so a newer file is refused before
 * its unknown content is judged), then types, then the rules in {@link WorkbookValidator}.
 */
public final class WorkbookCodec {
    public static final String FORMAT = "persona-canvas-workbook";
    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_DOCUMENT_BYTES = Limits.MAX_DOCUMENT_BYTES;
    /** The only number in the format is the version; a longer number is no workbook's. */
    static final int MAX_NUMBER_DIGITS = 32;

    private final JsonFactory factory;
    private final ObjectMapper mapper;
    private final String savedBy;
    /**
     * The personas of the last workbook written or read, with their bytes: a save after an edit
     * serialises only the personas that changed. Holds one workbook's personas (about the file's size in
     * bytes) until the next write or read; saves and autosaves running at once each read it whole and the
     * last one's stays. A miss only costs serialising.
     */
    private volatile SerialisedPersonas known = SerialisedPersonas.NONE;

    public WorkbookCodec() {
        this.factory = strictFactory();
        JsonMapper json = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        json.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        json.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        this.mapper = json;
        this.savedBy = "Persona Canvas " + AppVersion.current();
    }

    /** Parsers with the format's limits, refusing a key twice in one object. */
    static JsonFactory strictFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                        .maxStringLength(Limits.MAX_JSON_STRING_CHARS)
                        .maxNameLength(Limits.MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The file's bytes: pretty-printed UTF-8 JSON ending in a newline. */
    public byte[] write(Workbook workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(workbook, out);
        } catch (IOException e) {
            throw new IllegalStateException("Serialising a workbook into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Streams the file's bytes into {@code out} straight from the model, as {@link #write(Workbook)}
     * returns them; {@code out} is left open.
     */
    void write(Workbook workbook, OutputStream out) throws IOException {
        known = WorkbookWriter.write(factory, out, workbook, savedBy, known);
        out.write('\n');
    }

    public String writeString(Workbook workbook) {
        return new String(write(workbook), StandardCharsets.UTF_8);
    }

    /**
     * The workbook in a file's bytes. The codec keeps {@code bytes} for the next write (see
     * {@link SerialisedPersonas#inFile}), so the caller must not change them afterwards.
     */
    public Workbook read(byte[] bytes) throws WorkbookFormatException {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new WorkbookFormatException("error.tooLarge", megabytes(bytes.length), MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        int start = StrictUtf8.textStart(bytes);
        WorkbookReader.Read read = startsPlainly(bytes, start) ? WorkbookReader.read(factory, bytes, start) : null;
        if (read == null) {
            return readThoroughly(bytes, start);
        }
        known = SerialisedPersonas.inFile(bytes, read);
        return read.workbook();
    }

    /**
     * Reads the document the thorough way, which words every refusal: from its text (a byte parser counts
     * columns in bytes, people count characters), scanned first, then bound to the DTOs and validated.
     * {@link WorkbookReader} reads a good file faster; this is for every file it does not accept.
     */
    Workbook readThoroughly(byte[] bytes, int start) throws WorkbookFormatException {
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw new WorkbookFormatException("error.empty");
        }
        PreScan scan = new PreScan(factory, text);
        scan.check();
        WorkbookFileDto file;
        try (JsonParser parser = scan.tokens()) {
            file = mapper.readValue(parser, WorkbookFileDto.class);
        } catch (JsonProcessingException e) {
            throw new WorkbookFormatException(locateIfNeeded(text, JacksonErrors.toProblem(e), JacksonErrors.pathOf(e)));
        } catch (IOException e) {
            throw new WorkbookFormatException("error.syntax", e.getMessage());
        }
        List<WorkbookValidator.Found> problems = WorkbookValidator.check(file);
        if (!problems.isEmpty()) {
            throw new WorkbookFormatException(locate(text, problems));
        }
        return WorkbookMapper.fromDto(file.workbook(), file.matrixVersion());
    }

    /**
     * Whether a byte parser reads exactly what the text holds: it would take a second byte order mark, or
     * zero bytes at the start, as the sign of another encoding, which the text parser refuses.
     */
    private static boolean startsPlainly(byte[] bytes, int start) {
        if (bytes.length - start < 4) {
            return false;
        }
        byte first = bytes[start];
        boolean plain = first == '{' || first == ' ' || first == '\t' || first == '\n' || first == '\r';
        for (int i = start; i < start + 4; i++) {
            plain &= bytes[i] != 0;
        }
        return plain;
    }

    private List<FormatProblem> locate(String json, List<WorkbookValidator.Found> problems) {
        Map<JsonPath, int[]> places = JsonLocator.locate(factory, json,
                problems.stream().map(WorkbookValidator.Found::path).filter(Objects::nonNull).toList());
        List<FormatProblem> located = new ArrayList<>();
        for (WorkbookValidator.Found p : problems) {
            int[] at = p.path() == null ? new int[] {0, 0} : places.getOrDefault(p.path(), new int[] {0, 0});
            String path = p.path() == null ? "" : p.path().toString();
            located.add(new FormatProblem(p.key(), p.args(), path, at[0], at[1]));
        }
        return located;
    }

    /** Limits hit while binding come without a place but with a path; the place is found from the path. */
    private FormatProblem locateIfNeeded(String text, FormatProblem p, JsonPath path) {
        if (p.hasLocation() || path == null) {
            return p;
        }
        int[] at = JsonLocator.locate(factory, text, List.of(path)).get(path);
        return at == null ? p : p.at(at[0], at[1]);
    }

    static int megabytes(long bytes) {
        return (int) ((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
