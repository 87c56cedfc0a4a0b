package nl.personacanvas.io.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nl.personacanvas.io.RandomWorkbooks;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.Workbook;

/**
 * A seeded, endless supply of damaged and hostile workbook files, made from the bundled samples, the
 * documented example and random workbooks in every script. File {@code i} depends only on the seed and
 * {@code i}, so any failure can be made again alone. The kinds take turns, so every sample of a few
 * hundred files covers all of them.
 */
public final class HostileWorkbooks {
    /** One generated file: what was done to it, and its bytes. */
    public record Mutant(int index, String kind, byte[] bytes) {
    }

    private static final String[] KINDS = {
        "truncated-at-structure", "truncated-at-byte", "random-bytes", "byte-flips", "type-swap", "duplicate-id",
        "dangling-reference", "deep-nesting", "huge-string", "huge-array", "version", "encoding", "invalid-utf8",
        "portrait", "structure-noise", "splice"
    };

    private final long seed;
    private final List<String> bases = new ArrayList<>();
    private final String smallest;
    private final int[] structure;
    private final ObjectMapper json = new ObjectMapper();
    private final Images images = new Images();

    public HostileWorkbooks(long seed) {
        this.seed = seed;
        WorkbookCodec codec = new WorkbookCodec();
        for (SampleWorkbooks.Sample sample : new SampleWorkbooks(codec).list()) {
            bases.add(resource(sample.resource()));
        }
        smallest = resource("/io/valid/example.pcanvas");
        bases.add(smallest);
        RandomWorkbooks random = new RandomWorkbooks(seed);
        for (int i = 0; i < 4; i++) {
            Workbook wb = random.next();
            if (i == 0 && !wb.personas().isEmpty()) {
                // One base with a real picture, so portraits are mutated from a valid one too.
                Persona p = wb.personas().get(0).withPortrait(new Portrait("image/png", images.png(48, 48)));
                wb = wb.updatePersona(p.id(), x -> p);
            }
            bases.add(codec.writeString(wb));
        }
        structure = structuralPoints(smallest);
    }

    public static List<String> kinds() {
        return List.of(KINDS);
    }

    public Mutant mutant(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        String kind = KINDS[index % KINDS.length];
        String base = bases.get(r.nextInt(bases.size()));
        byte[] bytes = switch (kind) {
            case "truncated-at-structure" -> utf8(truncateAtStructure(index / KINDS.length, r));
            case "truncated-at-byte" -> Arrays.copyOf(utf8(base), r.nextInt(utf8(base).length));
            case "random-bytes" -> randomBytes(r);
            case "byte-flips" -> flip(utf8(base), r);
            case "type-swap" -> utf8(TreeMutations.typeSwap(tree(base), r));
            case "duplicate-id" -> utf8(TreeMutations.duplicateId(tree(base), r));
            case "dangling-reference" -> utf8(TreeMutations.dangling(tree(base), r));
            case "deep-nesting" -> utf8(TreeMutations.replaceSomeValue(base, r, Text.nesting(r)));
            case "huge-string" -> utf8(TreeMutations.replaceSomeValue(base, r, Text.hugeString(r)));
            case "huge-array" -> utf8(TreeMutations.replaceSomeValue(base, r, Text.hugeArray(r)));
            case "version" -> utf8(TreeMutations.version(tree(base), r));
            case "encoding" -> encode(base, r);
            case "invalid-utf8" -> invalidUtf8(utf8(base), r);
            case "portrait" -> utf8(TreeMutations.portrait(tree(base), r, images));
            case "structure-noise" -> utf8(Text.noise(base, r));
            case "splice" -> utf8(splice(base, bases.get(r.nextInt(bases.size())), r));
            default -> throw new IllegalStateException(kind);
        };
        return new Mutant(index, kind, bytes);
    }

    /** Every place where a JSON token begins or ends in the example, in turn; then random places anywhere. */
    private String truncateAtStructure(int n, Random r) {
        if (n < structure.length) {
            return smallest.substring(0, structure[n]);
        }
        String base = bases.get(r.nextInt(bases.size()));
        int[] points = structuralPoints(base);
        return base.substring(0, points[r.nextInt(points.length)]);
    }

    private static int[] structuralPoints(String text) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if ("{}[],:\"".indexOf(text.charAt(i)) >= 0) {
                points.add(i);
                points.add(i + 1);
            }
        }
        return points.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    private static byte[] randomBytes(Random r) {
        byte[] b = new byte[r.nextInt(r.nextBoolean() ? 64 : 20_000)];
        r.nextBytes(b);
        if (b.length > 0 && r.nextBoolean()) {
            b[0] = '{';
        }
        return b;
    }

    private static byte[] flip(byte[] b, Random r) {
        for (int i = 1 + r.nextInt(8); i > 0; i--) {
            int at = r.nextInt(b.length);
            b[at] = (byte) (b[at] ^ (1 << r.nextInt(8)) ^ (r.nextInt(4) == 0 ? r.nextInt(256) : 0));
        }
        return b;
    }

    private static byte[] encode(String base, Random r) {
        Charset[] charsets = {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16,
            Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE"), StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8};
        Charset cs = charsets[r.nextInt(charsets.length)];
        byte[] body = base.getBytes(cs);
        byte[] bom = switch (r.nextInt(4)) {
            case 0 -> new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            case 1 -> new byte[] {(byte) 0xFF, (byte) 0xFE};
            case 2 -> new byte[] {(byte) 0xFE, (byte) 0xFF};
            default -> new byte[0];
        };
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static byte[] invalidUtf8(byte[] b, Random r) {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC3}};
        byte[] insert = bad[r.nextInt(bad.length)];
        int at = r.nextInt(4) == 0 ? b.length : r.nextInt(b.length);
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    private static String splice(String a, String b, Random r) {
        return a.substring(0, r.nextInt(a.length())) + b.substring(r.nextInt(b.length()));
    }

    private ObjectNode tree(String base) {
        try {
            return (ObjectNode) json.readTree(base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = HostileWorkbooks.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
