package nl.personacanvas.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

/**
 * Where a Dutch word may be split with a hyphen ("internationali-sering"), by Liang's pattern algorithm
 * as implemented in Lucene's {@link HyphenationTree}, with OpenTaal's Dutch patterns (the LibreOffice
 * hyphenation dictionary, BSD licence beside it). The dictionary lists plain TeX-style patterns; they are
 * handed to Lucene in the XML form its parser reads, built in memory so the bundled file stays verbatim.
 */
final class DutchHyphenator {
    private static final String PATTERNS = "/nl/personacanvas/pdf/hyphenation/hyph_nl_NL.dic";
    private static final int MIN_BEFORE = 2;
    private static final int MIN_AFTER = 2;
    private static final int MIN_WORD = MIN_BEFORE + MIN_AFTER;

    private final HyphenationTree tree;

    private DutchHyphenator(HyphenationTree tree) {
        this.tree = tree;
    }

    static DutchHyphenator bundled() {
        try (InputStream in = DutchHyphenator.class.getResourceAsStream(PATTERNS)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled hyphenation patterns " + PATTERNS);
            }
            HyphenationTree tree = new HyphenationTree();
            tree.loadPatterns(new InputSource(new StringReader(toLuceneXml(in))));
            return new DutchHyphenator(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable bundled hyphenation patterns", e);
        }
    }

    /**
     * Offsets inside {@code word} after which a hyphen may go, in increasing order. Only runs of letters
     * are hyphenated; an existing hyphen or slash is itself a place to break.
     */
    List<Integer> breakPoints(String word) {
        TreeSet<Integer> points = new TreeSet<>();
        int i = 0;
        while (i < word.length()) {
            if (!Character.isLetter(word.charAt(i))) {
                char c = word.charAt(i);
                if ((c == '-' || c == '/') && i > 0 && i < word.length() - 1) {
                    points.add(i + 1);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < word.length() && Character.isLetter(word.charAt(i))) {
                i++;
            }
            addLetterRun(word.substring(start, i), start, points);
        }
        return List.copyOf(points);
    }

    private void addLetterRun(String letters, int offset, TreeSet<Integer> points) {
        if (letters.length() < MIN_WORD) {
            return;
        }
        Hyphenation h = tree.hyphenate(letters.toLowerCase(Locale.ROOT), MIN_BEFORE, MIN_AFTER);
        if (h == null) {
            return;
        }
        for (int p : h.getHyphenationPoints()) {
            if (p >= MIN_BEFORE && p <= letters.length() - MIN_AFTER) {
                points.add(offset + p);
            }
        }
    }

    /** The first line of a LibreOffice hyphenation dictionary names its encoding; the rest are patterns. */
    private static String toLuceneXml(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int firstNewline = indexOf(bytes, (byte) '\n');
        Charset charset = Charset.forName(new String(bytes, 0, firstNewline, StandardCharsets.US_ASCII).strip()
                .replace("ISO8859", "ISO-8859"));
        List<String> patterns = new ArrayList<>();
        TreeSet<Character> letters = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(bytes, firstNewline + 1, bytes.length - firstNewline - 1), charset))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String pattern = line.strip();
                if (pattern.isEmpty() || pattern.startsWith("%") || !isPlainPattern(pattern)) {
                    continue;
                }
                patterns.add(pattern);
                pattern.chars().filter(Character::isLetter).forEach(c -> letters.add((char) c));
            }
        }
        StringBuilder xml = new StringBuilder("<hyphenation-info><classes>\n");
        for (char c : letters) {
            xml.append(c);
            char upper = Character.toUpperCase(c);
            if (upper != c) {
                xml.append(upper);
            }
            xml.append('\n');
        }
        xml.append("</classes><patterns>\n");
        patterns.forEach(p -> xml.append(p).append('\n'));
        return xml.append("</patterns></hyphenation-info>").toString();
    }

    /** Keyword lines (LEFTHYPHENMIN ...) and non-standard patterns ("ab/c=d") are not Liang patterns. */
    private static boolean isPlainPattern(String line) {
        return line.chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c) || c == '.');
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        throw new IllegalStateException("Hyphenation patterns have no header line");
    }
}
