package nl.personacanvas.matrix;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Parses the matrix resource strictly: unknown, missing, null or mistyped fields are errors, not defaults. */
final class MatrixReader {
    static final String BUNDLED_RESOURCE = "competency-matrix.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // ALLOW_COERCION_OF_SCALARS does not stop a number or boolean from becoming a string
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    MatrixJson.Document readBundled() {
        try (InputStream in = MatrixReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new MatrixDataException(List.of("resource " + BUNDLED_RESOURCE + " is missing"));
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new MatrixDataException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    MatrixJson.Document read(byte[] json) {
        try {
            return mapper.readValue(json, MatrixJson.Document.class);
        } catch (IOException e) {
            throw new MatrixDataException(e.getMessage(), e);
        }
    }
}
