package nl.personacanvas.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.personacanvas.io.RandomWorkbooks;
import nl.personacanvas.io.WorkbookCodec;

/**
 * Writes a seeded corpus of broken workbook files, each broken in one known way: truncated, wrong
 * types, deep nesting, huge strings, future versions, random bytes, other encodings, invalid UTF-8,
 * empty, not an object, duplicate ids and keys, dangling references, oversized lists and texts.
 */
final class BrokenWorkbookCorpus {
    private final Random random;
    private final Path dir;
    private final String valid;
    private final List<Path> files = new ArrayList<>();

    BrokenWorkbookCorpus(long seed, Path dir) {
        this.random = new Random(seed);
        this.dir = dir;
        this.valid = new WorkbookCodec().writeString(new RandomWorkbooks(seed).next().withSchool("Corpus"));
    }

    List<Path> generate() throws IOException {
        truncations();
        wrongTypes();
        structure();
        limits();
        versions();
        encodings();
        rules();
        return files;
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(String.format("%03d-%s.pcanvas", files.size(), name));
        Files.write(file, bytes);
        files.add(file);
    }

    private void write(String name, String text) throws IOException {
        write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(String workbook) {
        return "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":" + workbook + "}";
    }

    private static String persona(String id, String activity, String extra) {
        return "{\"id\":\"" + id + "\",\"activity\":\"" + activity + "\",\"created\":\"2025-01-01T00:00:00Z\","
                + "\"modified\":\"2025-01-01T00:00:00Z\"" + extra + "}";
    }

    private void truncations() throws IOException {
        int end = valid.lastIndexOf('}');
        for (int i = 0; i < 60; i++) {
            int at = i < 5 ? i + 1 : 1 + random.nextInt(end - 1);
            write("truncated-at-" + at, valid.substring(0, at));
        }
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 10; i++) {
            int at = 1 + random.nextInt(bytes.length - 3);
            write("truncated-bytes-" + at, java.util.Arrays.copyOf(bytes, at));
        }
    }

    private void wrongTypes() throws IOException {
        String[] values = {"42", "-1.5e3", "true", "false", "[]", "{}", "[\"x\"]", "{\"a\":1}"};
        String[] textFields = {"school", "region", "team", "definition"};
        for (String field : textFields) {
            for (String v : values) {
                write("type-" + field + "-" + v.replaceAll("\\W", "_"), header("{\"" + field + "\":" + v + "}"));
            }
        }
        for (String v : new String[] {"\"1\"", "1.0", "true", "null", "[1]", "0", "-3", "1e0"}) {
            write("type-schemaVersion-" + v.replaceAll("\\W", "_"),
                    "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":" + v + ",\"workbook\":{}}");
        }
        for (String list : new String[] {"principles", "activities", "personas"}) {
            for (String v : new String[] {"\"x\"", "{}", "1", "[1]", "[\"x\"]", "[[]]"}) {
                write("type-" + list + "-" + v.replaceAll("\\W", "_"), header("{\"" + list + "\":" + v + "}"));
            }
        }
        write("type-format-number", "{\"format\":1,\"schemaVersion\":1,\"workbook\":{}}");
        write("type-workbook-string", "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1,\"workbook\":\"x\"}");
        write("type-entry-text-number", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"id\":\"e\",\"text\":3}]}") + "]}"));
        write("type-links-object", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"id\":\"e\",\"links\":{}}]}") + "]}"));
        write("null-school", header("{\"school\":null}"));
        write("null-in-authors", header("{\"personas\":[" + persona("p", "", ",\"authors\":[null]") + "]}"));
    }

    private void structure() throws IOException {
        write("empty", new byte[0]);
        write("whitespace", "  \n\t\r\n ");
        write("bom-only", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        for (String top : new String[] {"[]", "\"text\"", "1", "true", "null", "[{\"format\":\"persona-canvas-workbook\"}]"}) {
            write("not-object-" + top.replaceAll("\\W", "_"), top);
        }
        write("not-workbook", "{\"name\":\"something else\"}");
        write("wrong-format", "{\"format\":\"persona-canvas\",\"schemaVersion\":1,\"workbook\":{}}");
        write("no-version", "{\"format\":\"persona-canvas-workbook\",\"workbook\":{}}");
        write("no-workbook", "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":1}");
        write("trailing-object", valid + "{}");
        write("trailing-garbage", valid + "garbage");
        write("comment", valid.replaceFirst("\\{", "{ /* comment */"));
        write("single-quotes", header("{'school':'x'}"));
        write("trailing-comma", header("{\"school\":\"x\",}"));
        write("nan", header("{\"school\":NaN}"));
        write("leading-zero", "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":01,\"workbook\":{}}");
        write("unknown-top-field", valid.replaceFirst("\\{", "{\"colour\":\"red\","));
        write("unknown-workbook-field", header("{\"schoolName\":\"x\"}"));
        write("unknown-persona-field", header("{\"personas\":[" + persona("p", "", ",\"age\":\"40\"") + "]}"));
        write("unknown-entry-field", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"id\":\"e\",\"colour\":\"x\"}]}") + "]}"));
        write("unknown-quadrant", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"reflect\":[]}") + "]}"));
        write("duplicate-key-top", valid.replaceFirst("\\{", "{\"format\":\"persona-canvas-workbook\","));
        write("duplicate-key-workbook", header("{\"school\":\"a\",\"school\":\"b\"}"));
        write("duplicate-key-persona", header("{\"personas\":[" + persona("p", "", ",\"id\":\"q\"") + "]}"));
        write("control-char-in-string", header("{\"school\":\"a\u0001b\"}"));
        write("raw-newline-in-string", header("{\"school\":\"a\nb\"}"));
        write("bad-escape", header("{\"school\":\"a\\qb\"}"));
        write("unterminated-string", header("{\"school\":\"abc}"));
        write("lone-surrogate-escape", header("{\"school\":\"\\udc00\"}"));
        for (int depth : new int[] {33, 100, 1_000, 100_000}) {
            write("deep-arrays-" + depth, header("{\"school\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
        }
        write("deep-objects", header("{\"school\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000) + "}"));
        write("deep-at-root", "[".repeat(50_000));
    }

    private void limits() throws IOException {
        String tenMb = "x".repeat(10 * 1024 * 1024);
        write("string-10mb-school", header("{\"school\":\"" + tenMb + "\"}"));
        write("string-10mb-unknown-field", header("{\"huge\":\"" + tenMb + "\"}"));
        write("string-10mb-entry", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"id\":\"e\",\"text\":\"" + tenMb + "\"}]}") + "]}"));
        write("name-long-key", header("{\"" + "k".repeat(100_000) + "\":1}"));
        write("number-long", header("{\"school\":" + "9".repeat(5_000) + "}"));
        write("text-too-long", header("{\"personas\":[" + persona("p", "", ",\"notes\":\"" + "n".repeat(10_001) + "\"") + "]}"));
        write("name-too-long", header("{\"school\":\"" + "s".repeat(301) + "\"}"));
        write("id-too-long", header("{\"personas\":[" + persona("p".repeat(301), "", "") + "]}"));
        StringBuilder personas = new StringBuilder();
        for (int i = 0; i <= 10_000; i++) {
            personas.append(i == 0 ? "" : ",").append(persona("p" + i, "", ""));
        }
        write("too-many-personas", header("{\"personas\":[" + personas + "]}"));
        StringBuilder entries = new StringBuilder();
        for (int i = 0; i <= 1_000; i++) {
            entries.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\"}");
        }
        write("too-many-entries", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"attitude\":[" + entries + "]}") + "]}"));
        write("too-many-authors", header("{\"personas\":[" + persona("p", "", ",\"authors\":[" + "\"a\",".repeat(100) + "\"a\"]") + "]}"));
        write("huge-array-of-numbers", header("{\"principles\":[" + "1,".repeat(500_000) + "1]}"));
        write("portrait-too-large", header("{\"personas\":[" + persona("p", "", ",\"portrait\":{\"mediaType\":\"image/png\",\"data\":\""
                + "A".repeat(2_900_000) + "\"}") + "]}"));
        byte[] overLimit = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(overLimit, (byte) ' ');
        write("file-over-20mb", overLimit);
    }

    private void versions() throws IOException {
        for (String v : new String[] {"2", "3", "99", "2147483648", "123456789012345678901234567890"}) {
            write("future-version-" + v.length(), "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":" + v
                    + ",\"workbook\":{\"newField\":{\"x\":[1,2,3]}},\"signature\":\"abc\"}");
        }
        write("future-version-last", valid.replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
        write("future-version-bad-body", "{\"format\":\"persona-canvas-workbook\",\"schemaVersion\":5,\"workbook\":42}");
    }

    private void encodings() throws IOException {
        String small = header("{\"school\":\"Zuid\"}");
        for (String cs : new String[] {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "UTF-32LE", "UTF-32BE"}) {
            write("encoding-" + cs, small.getBytes(Charset.forName(cs)));
        }
        byte[] le = small.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withBom, 2, le.length);
        write("encoding-UTF-16LE-bom", withBom);
        write("encoding-latin1", header("{\"school\":\"Café Zuid\"}").getBytes(StandardCharsets.ISO_8859_1));
        byte[][] badSequences = {{(byte) 0x80}, {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        byte[] base = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 14; i++) {
            byte[] bad = badSequences[i % badSequences.length];
            int at = 1 + random.nextInt(base.length - 2);
            byte[] out = new byte[base.length + bad.length];
            System.arraycopy(base, 0, out, 0, at);
            System.arraycopy(bad, 0, out, at, bad.length);
            System.arraycopy(base, at, out, at + bad.length, base.length - at);
            write("invalid-utf8-" + i, out);
        }
        for (int i = 0; i < 30; i++) {
            byte[] noise = new byte[1 + random.nextInt(i < 25 ? 4_000 : 2_000_000)];
            random.nextBytes(noise);
            write("random-bytes-" + i, noise);
        }
        for (int i = 0; i < 10; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(300); j >= 0; j--) {
                sb.append("{}[]\",:0123456789truefalsenull \n\\".charAt(random.nextInt(33)));
            }
            write("random-json-chars-" + i, sb.toString());
        }
    }

    private void rules() throws IOException {
        String activity = "{\"id\":\"k1\",\"matrix\":\"A4\",\"name\":\"Stage\",\"group\":\"mobility\"}";
        write("duplicate-persona-id", header("{\"activities\":[" + activity + "],\"personas\":[" + persona("p", "k1", "") + "," + persona("p", "k1", "") + "]}"));
        write("duplicate-activity-id", header("{\"activities\":[" + activity + "," + activity + "]}"));
        write("duplicate-entry-id", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"id\":\"e\"}],\"deliver\":[{\"id\":\"e\"}]}") + "]}"));
        write("duplicate-entry-id-across-personas", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"id\":\"e\"}]}")
                + "," + persona("q", "", ",\"canvas\":{\"organise\":[{\"id\":\"e\"}]}") + "]}"));
        write("dangling-activity", header("{\"activities\":[" + activity + "],\"personas\":[" + persona("p", "k2", "") + "]}"));
        write("dangling-activity-none-defined", header("{\"personas\":[" + persona("p", "A4", "") + "]}"));
        write("bad-group", header("{\"activities\":[{\"id\":\"k1\",\"group\":\"abroad\"}]}"));
        write("missing-group", header("{\"activities\":[{\"id\":\"k1\"}]}"));
        write("bad-matrix", header("{\"activities\":[{\"id\":\"k1\",\"matrix\":\"A6\",\"group\":\"mobility\"}]}"));
        write("missing-activity-id", header("{\"activities\":[{\"group\":\"mobility\"}]}"));
        write("empty-persona-id", header("{\"personas\":[" + persona("", "", "") + "]}"));
        write("newline-in-id", header("{\"personas\":[" + persona("p\\nq", "", "") + "]}"));
        for (String t : new String[] {"2025-13-01T00:00:00Z", "yesterday", "2025-01-01", "2025-01-01 10:00:00", ""}) {
            write("bad-timestamp-" + t.replaceAll("\\W", "_"), header("{\"personas\":[{\"id\":\"p\",\"created\":\"" + t
                    + "\",\"modified\":\"2025-01-01T00:00:00Z\"}]}"));
        }
        write("missing-created", header("{\"personas\":[{\"id\":\"p\",\"modified\":\"2025-01-01T00:00:00Z\"}]}"));
        write("bad-media-type", header("{\"personas\":[" + persona("p", "", ",\"portrait\":{\"mediaType\":\"image/gif\",\"data\":\"AAAA\"}") + "]}"));
        write("bad-base64", header("{\"personas\":[" + persona("p", "", ",\"portrait\":{\"mediaType\":\"image/png\",\"data\":\"%%%\"}") + "]}"));
        write("portrait-without-data", header("{\"personas\":[" + persona("p", "", ",\"portrait\":{\"mediaType\":\"image/png\"}") + "]}"));
        write("missing-entry-id", header("{\"personas\":[" + persona("p", "", ",\"canvas\":{\"design\":[{\"text\":\"x\"}]}") + "]}"));
    }
}
