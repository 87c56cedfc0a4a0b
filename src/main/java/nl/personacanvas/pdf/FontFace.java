package nl.personacanvas.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One bundled TrueType font, parsed once: answers which code points it can draw and how wide they are
 * without a PDF document, so text is measured and routed before anything is drawn. The parsed tables are
 * read eagerly because fontbox loads them lazily, which would not be safe from several threads.
 *
 * <p>Text is measured as PDFBox draws it: word by word through the font's glyph substitution (GSUB), which can draw
 * a sequence of characters as one glyph of another width (see {@link #width(String)}).
 */
final class FontFace {
    /**
     * Words whose shaped width is remembered, at most; the vocabulary of a few workbooks and the hyphenated pieces of
     * their words stay far below it, and past it a word is shaped anew each time it is measured.
     */
    private static final int REMEMBERED_WORDS = 50_000;
    /** The features PDFBox's workers apply (GsubWorkerForLatin: the first three; GsubWorkerForDflt: all four). */
    private static final List<String> DRAWN_FEATURES = List.of("ccmp", "liga", "clig", "calt");

    private final byte[] data;
    private final CmapLookup cmap;
    private final TrueTypeFont ttf;
    private final float unitsPerEm;
    /** PDFBox's own substitution for this font (the worker its content streams make), or null without a GSUB table. */
    private final GsubWorker substitution;
    /**
     * The glyph sequences those features replace, by their first glyph: a word holding none of them is drawn as its
     * letters, so it is measured without asking the worker, whose first answer for a word costs a regular expression.
     */
    private final Map<Integer, List<List<Integer>>> substituted = new HashMap<>();
    /** Width in thousandths of a word as substituted; shared by every export, hence concurrent. */
    private final Map<String, Float> wordWidths = new ConcurrentHashMap<>();

    FontFace(byte[] data) throws IOException {
        this.data = data;
        this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        ttf.getHorizontalMetrics();
        ttf.getNumberOfGlyphs();
        GsubData gsub = ttf.getGsubData();
        this.substitution = gsub == GsubData.NO_DATA_FOUND ? null : new GsubWorkerFactory().getGsubWorker(cmap, gsub);
        for (String feature : DRAWN_FEATURES) {
            if (substitution != null && gsub.isFeatureSupported(feature)) {
                for (List<Integer> sequence : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
                    substituted.computeIfAbsent(sequence.get(0), first -> new ArrayList<>()).add(sequence);
                }
            }
        }
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width in thousandths of the font size, as PDF text space measures it. */
    private float advance(int codePoint) throws IOException {
        return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / unitsPerEm;
    }

    /**
     * Advance width of {@code text} (only code points this font has) in thousandths of the font size, as PDFBox
     * draws it: {@code showText} cuts a text into words at ASCII white space and substitutes each word's glyphs
     * through the font's GSUB table (the features "ccmp", "liga", "clig"). Noto Sans's "fi", "fl" and "ffi"
     * ligatures happen to be as wide as their letters, but other substitutions are not (IPA tone letters "˥˩" become
     * one glyph of less than half their width, Symbola's "fi" is 14 % narrower), and a letter-by-letter sum
     * measured those lines wider than they are drawn.
     */
    float width(String text) throws IOException {
        float thousandths = 0;
        int wordStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (separatesWords(c)) {
                if (wordStart >= 0) {
                    thousandths += wordWidth(text.substring(wordStart, i));
                    wordStart = -1;
                }
                thousandths += advance(c);
            } else if (wordStart < 0) {
                wordStart = i;
            }
        }
        if (wordStart >= 0) {
            thousandths += wordWidth(text.substring(wordStart));
        }
        return thousandths;
    }

    /** PDFBox's word separators ({@code StringUtil.tokenizeOnSpace}: the regular expression {@code \s}). */
    private static boolean separatesWords(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private float wordWidth(String word) throws IOException {
        Float known = wordWidths.get(word);
        if (known != null) {
            return known;
        }
        List<Integer> glyphs = new ArrayList<>(word.length());
        word.codePoints().forEach(cp -> glyphs.add(cmap.getGlyphId(cp)));
        List<Integer> drawn = substitutes(glyphs) ? substitution.applyTransforms(glyphs) : glyphs;
        float thousandths = 0;
        for (int glyph : drawn) {
            thousandths += ttf.getAdvanceWidth(glyph) * 1000f / unitsPerEm;
        }
        if (wordWidths.size() < REMEMBERED_WORDS) {
            wordWidths.put(word, thousandths);
        }
        return thousandths;
    }

    /** Whether {@code glyphs} hold a sequence the drawn features replace; otherwise every feature leaves them be. */
    private boolean substitutes(List<Integer> glyphs) {
        for (int i = 0; i < glyphs.size(); i++) {
            for (List<Integer> sequence : substituted.getOrDefault(glyphs.get(i), List.of())) {
                if (i + sequence.size() <= glyphs.size() && glyphs.subList(i, i + sequence.size()).equals(sequence)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Embeds this font as a subset into {@code document}; only glyphs actually drawn end up in the file. */
    PDType0Font embedInto(PDDocument document) throws IOException {
        try (InputStream in = new ByteArrayInputStream(data)) {
            return PDType0Font.load(document, in, true);
        }
    }
}
