package nl.personacanvas.io.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Hostile JSON written as text: too deep, too long, too many, or structurally off. */
final class Text {
    private static final String[] NOISE = {"{", "}", "[", "]", ",", ":", "\"", "null", "NaN", "-Infinity", "1e999999",
        "// comment\n", "/* */", "\"x\":1,", "'single'", "\\u0000", "\u0000", "\"format\":\"persona-canvas-workbook\",",
        "\"schemaVersion\":1,", "true", "0x1F", "\uFEFF", "\"\\ud800\"", "]}]}]}", "{\"a\":"};

    private Text() {
    }

    /** Arrays inside arrays, from a little past the limit to hundreds of thousands deep. */
    static String nesting(Random r) {
        int depth = (int) Math.pow(10, 1.5 + r.nextDouble() * 4);
        String open = r.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        return open.repeat(depth) + "1" + close.repeat(r.nextInt(5) == 0 ? depth / 2 : depth);
    }

    /** A text of a kilobyte to 25 MB in UTF-8; now and then over the file's own limit of 20 MB. */
    static String hugeString(Random r) {
        int bytes = r.nextInt(10) == 0 ? 3_100_000 + r.nextInt(22_000_000) : (int) Math.pow(10, 3 + r.nextDouble() * 3.5);
        String unit = new String[] {"a", "é", "€", "😀", "\\\\"}[r.nextInt(5)];
        return "\"" + unit.repeat(bytes / unit.getBytes(StandardCharsets.UTF_8).length) + "\"";
    }

    /** A list of a hundred to two million small items. */
    static String hugeArray(Random r) {
        int count = (int) Math.pow(10, 2 + r.nextDouble() * 4.3);
        String item = switch (r.nextInt(4)) {
            case 0 -> "1";
            case 1 -> "\"x\"";
            case 2 -> "{}";
            default -> "{\"id\":\"e\",\"text\":\"t\"}";
        };
        StringBuilder sb = new StringBuilder(count * (item.length() + 1) + 2).append('[');
        for (int i = 0; i < count; i++) {
            sb.append(i == 0 ? "" : ",").append(item);
        }
        return sb.append(']').toString();
    }

    /** Inserts, deletes or doubles a few characters at random places. */
    static String noise(String base, Random r) {
        StringBuilder sb = new StringBuilder(base);
        for (int i = 1 + r.nextInt(4); i > 0 && sb.length() > 0; i--) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(3)) {
                case 0 -> sb.insert(at, NOISE[r.nextInt(NOISE.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
                default -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + 1 + r.nextInt(200))));
            }
        }
        return sb.toString();
    }
}
