package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.personacanvas.io.dto.WorkbookFileDto;
import nl.personacanvas.model.Workbook;

/**
 * Reads and writes the workbook file format (JSON). Reading is strict and bounded: a file is either
 * loaded whole or refused with a {@link WorkbookFormatException}, never half-loaded.
 */
public final class WorkbookCodec {
    public static final String FORMAT = "persona-canvas-workbook";
    public static final int SCHEMA_VERSION = 1;
    public static final int MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

    private final ObjectMapper mapper;

    public WorkbookCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(MAX_DOCUMENT_BYTES)
                        .maxDocumentLength(MAX_DOCUMENT_BYTES)
                        .build())
                .build();
        this.mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public byte[] write(Workbook workbook) {
        WorkbookFileDto file = new WorkbookFileDto(FORMAT, SCHEMA_VERSION, workbook.matrixVersion(), null,
                WorkbookMapper.toDto(workbook));
        try {
            byte[] json = mapper.writeValueAsBytes(file);
            byte[] withNewline = new byte[json.length + 1];
            System.arraycopy(json, 0, withNewline, 0, json.length);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Serialising a workbook cannot fail", e);
        }
    }

    public Workbook read(byte[] bytes) throws WorkbookFormatException {
        if (bytes.length == 0) {
            throw new WorkbookFormatException("error.empty");
        }
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new WorkbookFormatException("error.tooLarge", bytes.length / (1024 * 1024), MAX_DOCUMENT_BYTES / (1024 * 1024));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw WorkbookFormatException.at("error.syntax", 0, 0, e, e.getMessage());
        }
        WorkbookValidator.checkHeader(tree);
        WorkbookFileDto file;
        try {
            file = mapper.treeToValue(tree, WorkbookFileDto.class);
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        }
        WorkbookValidator.check(file);
        return WorkbookMapper.fromDto(file.workbook(), file.matrixVersion());
    }

    public String writeString(Workbook workbook) {
        return new String(write(workbook), StandardCharsets.UTF_8);
    }

    private static WorkbookFormatException syntaxError(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
        int column = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
        return WorkbookFormatException.at("error.syntax", line, column, e, e.getOriginalMessage());
    }
}
