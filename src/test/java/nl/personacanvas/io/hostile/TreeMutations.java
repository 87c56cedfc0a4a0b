package nl.personacanvas.io.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Changes to a parsed valid workbook that keep it JSON but break the format's types and rules. */
final class TreeMutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A value and where it sits: a field of an object or an index of an array. */
    private record Slot(JsonNode parent, String field, int index) {
        JsonNode value() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode v) {
            if (field != null) {
                ((ObjectNode) parent).set(field, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }
    }

    private TreeMutations() {
    }

    static String typeSwap(ObjectNode root, Random r) {
        List<Slot> slots = slots(root);
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            Slot s = slots.get(r.nextInt(slots.size()));
            JsonNode[] others = {NODES.numberNode(r.nextInt()), NODES.numberNode(r.nextDouble() * 1e6), NODES.booleanNode(true),
                NODES.nullNode(), NODES.textNode("x"), NODES.arrayNode().add("x"), NODES.objectNode().put("a", 1),
                NODES.textNode(""), NODES.arrayNode(), NODES.numberNode(new BigInteger("9".repeat(40)))};
            s.set(others[r.nextInt(others.length)]);
        }
        return root.toString();
    }

    /** Two things of the same kind (personas, entries or activities) get the same id. */
    static String duplicateId(ObjectNode root, Random r) {
        List<ObjectNode> withIds = new ArrayList<>();
        for (Slot s : slots(root)) {
            if (s.value() instanceof ObjectNode o && o.has("id") && o.get("id").isTextual()) {
                withIds.add(o);
            }
        }
        if (withIds.size() < 2) {
            return typeSwap(root, r);
        }
        ObjectNode a = withIds.get(r.nextInt(withIds.size()));
        ObjectNode b = withIds.get(r.nextInt(withIds.size()));
        b.set("id", a.get("id"));
        if (r.nextBoolean()) {
            b.put("id", r.nextBoolean() ? "" : "tab\tin id");
        }
        return root.toString();
    }

    /** A persona pointing at a core activity that is not there, or an activity at a matrix row that is not. */
    static String dangling(ObjectNode root, Random r) {
        JsonNode wb = root.path("workbook");
        JsonNode personas = wb.path("personas");
        JsonNode activities = wb.path("activities");
        if (personas.size() > 0 && (r.nextBoolean() || activities.size() == 0)) {
            ((ObjectNode) personas.get(r.nextInt(personas.size()))).put("activity", "ghost-" + r.nextInt(1000));
        } else if (activities.size() > 0) {
            ((ObjectNode) activities.get(r.nextInt(activities.size()))).put(r.nextBoolean() ? "matrix" : "group", "A9");
        } else {
            ((ObjectNode) wb).set("activities", NODES.arrayNode().add(NODES.objectNode().put("id", "a")));
        }
        return root.toString();
    }

    static String version(ObjectNode root, Random r) {
        String[] versions = {"2", "999", "1000000000000000000000000000000", "1.5", "\"1\"", "-1", "0", "null", "true",
            "[1]", "{}", "1e400", "01", "\"2\""};
        root.remove("schemaVersion");
        String text = root.toString();
        String field = "\"schemaVersion\":" + versions[r.nextInt(versions.length)] + ",";
        return r.nextInt(8) == 0 ? text : "{" + field + text.substring(1);
    }

    static String portrait(ObjectNode root, Random r, Images images) {
        JsonNode personas = root.path("workbook").path("personas");
        if (personas.size() == 0) {
            ((ObjectNode) root.path("workbook")).set("personas", NODES.arrayNode().add(NODES.objectNode()
                    .put("id", "p").put("created", "2025-01-01T00:00:00Z").put("modified", "2025-01-01T00:00:00Z")));
            personas = root.path("workbook").path("personas");
        }
        ObjectNode persona = (ObjectNode) personas.get(r.nextInt(personas.size()));
        String[] types = {"image/png", "image/jpeg"};
        byte[] data = switch (r.nextInt(8)) {
            case 0 -> images.pngDeclaring(100_000, 100_000);
            case 1 -> images.pngDeclaring(0xFFFFFFFFL, 0xFFFFFFFFL);
            case 2 -> images.jpegDeclaring(65_535, 65_535);
            case 3 -> images.truncatedPng();
            case 4 -> images.pngDeclaring(0, 0);
            case 5 -> images.png(1 + r.nextInt(100), 1 + r.nextInt(100));
            case 6 -> new byte[2 * 1024 * 1024 + 1 + r.nextInt(1000)];
            default -> images.pngDeclaring(4096, 4097);
        };
        String base64 = Base64.getEncoder().encodeToString(data);
        if (r.nextInt(6) == 0) {
            base64 = base64.substring(0, base64.length() - 1) + "!";
        }
        persona.set("portrait", NODES.objectNode().put("mediaType", types[r.nextInt(types.length)]).put("data", base64));
        return root.toString();
    }

    /** The document with one value, chosen at random, replaced by {@code json}, written as text. */
    static String replaceSomeValue(String base, Random r, String json) {
        String marker = "REPLACE-ME-7f3a9c";
        try {
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(base);
            List<Slot> slots = slots(root);
            slots.get(r.nextInt(slots.size())).set(NODES.textNode(marker));
            return root.toString().replace("\"" + marker + "\"", json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every value below the root, in document order. */
    private static List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(node, e.getKey(), -1));
                collect(e.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
                collect(node.get(i), out);
            }
        }
    }
}
