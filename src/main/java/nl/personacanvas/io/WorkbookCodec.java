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
 * half-loaded. Order matters: encoding, then format and version (so a newer file is refused before its
 * unknown content is judged), then types, then the rules in {@link WorkbookValidator}.
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

    public WorkbookCodec() {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
                        .maxStringLength(Limits.MAX_JSON_STRING_CHARS)
                        .maxNameLength(Limits.MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
                        .build())
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
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
        WorkbookWriter.write(factory, out, workbook, savedBy);
        out.write('\n');
    }

    public String writeString(Workbook workbook) {
        return new String(write(workbook), StandardCharsets.UTF_8);
    }

    public Workbook read(byte[] bytes) throws WorkbookFormatException {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new WorkbookFormatException("error.tooLarge", megabytes(bytes.length), MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        int start = StrictUtf8.textStart(bytes);
        Text text = new Text(bytes, start);
        if (!startsPlainly(bytes, start)) {
            return read(text.scanned(factory), text);
        }
        WorkbookFileDto file = bindBytes(bytes, start);
        // A refusal is worded from the text: a byte parser counts columns in bytes, people count characters.
        return file != null ? validated(file, text) : read(text.scanned(factory), text);
    }

    /**
     * The bytes parsed as they are, with no text built from them: scanned, then bound by a second parse,
     * which costs less than keeping every token to bind from. Null when either refuses them.
     */
    private WorkbookFileDto bindBytes(byte[] bytes, int start) {
        PreScan scan = PreScan.quick(() -> factory.createParser(bytes, start, bytes.length - start));
        try {
            scan.check();
        } catch (WorkbookFormatException refused) {
            return null;
        }
        try (JsonParser parser = factory.createParser(bytes, start, bytes.length - start)) {
            return mapper.readValue(parser, WorkbookFileDto.class);
        } catch (IOException refused) {
            return null;
        }
    }

    private Workbook read(PreScan scan, Text text) throws WorkbookFormatException {
        WorkbookFileDto file;
        try (JsonParser parser = scan.tokens()) {
            file = mapper.readValue(parser, WorkbookFileDto.class);
        } catch (JsonProcessingException e) {
            throw new WorkbookFormatException(locateIfNeeded(text, JacksonErrors.toProblem(e), JacksonErrors.pathOf(e)));
        } catch (IOException e) {
            throw new WorkbookFormatException("error.syntax", e.getMessage());
        }
        return validated(file, text);
    }

    private Workbook validated(WorkbookFileDto file, Text text) throws WorkbookFormatException {
        List<WorkbookValidator.Found> problems = WorkbookValidator.check(file);
        if (!problems.isEmpty()) {
            throw new WorkbookFormatException(locate(text.string(), problems));
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

    /** The document as text, made only when a message needs places in it or the bytes cannot be parsed as they are. */
    private static final class Text {
        private final byte[] bytes;
        private final int start;
        private String string;

        Text(byte[] bytes, int start) {
            this.bytes = bytes;
            this.start = start;
        }

        String string() {
            if (string == null) {
                string = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            }
            return string;
        }

        /** The text's first pass, which refuses the document (an empty one first) or keeps its tokens. */
        PreScan scanned(JsonFactory factory) throws WorkbookFormatException {
            if (string().isBlank()) {
                throw new WorkbookFormatException("error.empty");
            }
            PreScan scan = new PreScan(factory, string());
            scan.check();
            return scan;
        }
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
    private FormatProblem locateIfNeeded(Text text, FormatProblem p, JsonPath path) {
        if (p.hasLocation() || path == null) {
            return p;
        }
        int[] at = JsonLocator.locate(factory, text.string(), List.of(path)).get(path);
        return at == null ? p : p.at(at[0], at[1]);
    }

    static int megabytes(long bytes) {
        return (int) ((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
