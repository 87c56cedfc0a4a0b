package nl.personacanvas.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an evaluation set: JSON Lines with {@code id, activity, quadrant, attitudes, text, also_accept}
 * (the format of the study team's development set, see docs/checker.md).
 */
public final class LabelledStatementReader {
    private final ObjectMapper mapper = new ObjectMapper();

    /** @throws IllegalArgumentException naming the line of the first malformed record */
    public List<LabelledStatement> read(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        List<LabelledStatement> result = new ArrayList<>();
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                result.add(parse(mapper.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static LabelledStatement parse(JsonNode node) {
        String text = required(node, "text");
        Placement placement = placement(required(node, "quadrant"));
        List<String> attitudes = new ArrayList<>();
        node.path("attitudes").forEach(a -> attitudes.add(a.asText()));
        List<Placement> also = new ArrayList<>();
        node.path("also_accept").forEach(a -> also.add(placement(a.asText())));
        return new LabelledStatement(node.path("id").asText(""), node.path("activity").asText(null), placement,
                attitudes, text, also);
    }

    private static String required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return value.asText();
    }

    private static Placement placement(String key) {
        return Placement.fromKey(key).orElseThrow(() -> new IllegalArgumentException("unknown quadrant '" + key + "'"));
    }
}
