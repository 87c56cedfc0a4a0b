package nl.personacanvas.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A broken matrix resource fails loudly, naming what is wrong, instead of loading partly. */
class MatrixValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBundledDocumentPassesUnchanged() throws IOException {
        CompetencyMatrix matrix = CompetencyMatrix.fromJson(JSON.writeValueAsBytes(bundled()));
        assertThat(matrix.allElements()).hasSameSizeAs(CompetencyMatrix.loadBundled().allElements());
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("duplicate element id", "\"A1.design.1\" is used more than once",
                        d -> element(d, 0, "design", 1).put("id", "A1.design.1")),
                broken("element id of another cell", "\"A2.deliver.1\" does not belong here",
                        d -> element(d, 0, "deliver", 0).put("id", "A2.deliver.1")),
                broken("excerpt not in its cell", "A3.organise.1.excerpt",
                        d -> element(d, 2, "organise", 0).put("excerpt", "Organiseren, plannen en reizen")),
                broken("blank label", "A5.deliver.2.label is blank",
                        d -> element(d, 4, "deliver", 1).put("label", " ")),
                broken("professional id without P", "\"Q.1\" does not belong here",
                        d -> ((ObjectNode) d.get("professional").get("elements").get(0)).put("id", "Q.1")),
                broken("cell without elements", "A2.design has no elements",
                        d -> ((ArrayNode) activity(d, 1).get("design").get("elements")).removeAll()),
                broken("attitude name not in its sentence", "\"moedig\" does not occur",
                        d -> ((ObjectNode) activity(d, 0).get("attitudes").get("attitudes").get(0)).put("name", "moedig")),
                broken("attitude name not lower case", "must be lower case",
                        d -> ((ObjectNode) d.get("sharedAttitudes").get("attitudes").get(0)).put("name", "Flexibel")),
                broken("attitude id clashes with an element", "\"A1.design.1\" is used more than once",
                        d -> ((ObjectNode) activity(d, 0).get("attitudes").get("attitudes").get(0)).put("id", "A1.design.1")),
                broken("duplicate activity", "\"A1\" is used more than once", d -> activity(d, 1).put("id", "A1")),
                broken("unknown group", "is not one of at-home, mobility", d -> activity(d, 3).put("group", "abroad")),
                broken("missing row", "role \"attitudes\" is missing", d -> ((ArrayNode) d.get("rows")).remove(4)),
                broken("wrong format", "format must be", d -> d.put("format", "something-else")),
                broken("bad version", "version \"one\"", d -> d.put("version", "one")),
                broken("unknown property", "Unrecognized field \"colour\"", d -> d.put("colour", "blue")),
                broken("missing property", "Missing creator property 'source'", d -> d.remove("source")),
                broken("null property", "guidingQuestion", d -> d.putNull("guidingQuestion")),
                broken("number where text belongs", "version", d -> d.put("version", 1.0)),
                broken("boolean where text belongs", "label", d -> element(d, 0, "design", 0).put("label", true)),
                broken("list where text belongs", "text", d -> activity(d, 0).withObject("design").putArray("text")),
                broken("null in a list", "activities contains null", d -> ((ArrayNode) d.get("activities")).addNull()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDataIsRejectedWithTheReason(String name, String reason, Consumer<ObjectNode> breakIt) throws IOException {
        ObjectNode document = bundled();
        breakIt.accept(document);
        byte[] json = JSON.writeValueAsBytes(document);
        assertThatThrownBy(() -> CompetencyMatrix.fromJson(json)).isInstanceOf(MatrixDataException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void duplicateKeysAndTrailingContentAreRejected() throws IOException {
        String text = JSON.writeValueAsString(bundled());
        byte[] duplicateKey = text.replaceFirst("\\{", "{\"version\":\"1.0\",").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CompetencyMatrix.fromJson(duplicateKey)).isInstanceOf(MatrixDataException.class)
                .hasMessageContaining("Duplicate field 'version'");
        byte[] trailing = (text + " {}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CompetencyMatrix.fromJson(trailing)).isInstanceOf(MatrixDataException.class);
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        ObjectNode document = bundled();
        element(document, 0, "design", 0).put("label", "");
        element(document, 1, "organise", 0).put("excerpt", "nergens");
        byte[] json = JSON.writeValueAsBytes(document);
        MatrixDataException e = catchThrowableOfType(MatrixDataException.class, () -> CompetencyMatrix.fromJson(json));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.getMessage()).contains("A1.design.1.label is blank", "A2.organise.1.excerpt");
    }

    private static Arguments broken(String name, String reason, Consumer<ObjectNode> breakIt) {
        return Arguments.of(name, reason, breakIt);
    }

    private static ObjectNode activity(ObjectNode document, int index) {
        return (ObjectNode) document.get("activities").get(index);
    }

    private static ObjectNode element(ObjectNode document, int activity, String cell, int index) {
        return (ObjectNode) activity(document, activity).get(cell).get("elements").get(index);
    }

    private static ObjectNode bundled() throws IOException {
        try (InputStream in = CompetencyMatrix.class.getResourceAsStream(MatrixReader.BUNDLED_RESOURCE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
