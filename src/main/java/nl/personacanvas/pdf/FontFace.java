package nl.personacanvas.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One bundled TrueType font, parsed once: answers which code points it can draw and how wide they are
 * without a PDF document, so text is measured and routed before anything is drawn. The parsed tables are
 * read eagerly because fontbox loads them lazily, which would not be safe from several threads.
 */
final class FontFace {
    private final byte[] data;
    private final CmapLookup cmap;
    private final TrueTypeFont ttf;
    private final float unitsPerEm;

    FontFace(byte[] data) throws IOException {
        this.data = data;
        this.ttf = new TTFParser().parse(new RandomAccessReadBuffer(data));
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
        ttf.getHorizontalMetrics();
        ttf.getNumberOfGlyphs();
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) > 0;
    }

    /** Advance width in thousandths of the font size, as PDF text space measures it. */
    float advance(int codePoint) throws IOException {
        return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * 1000f / unitsPerEm;
    }

    /** Embeds this font as a subset into {@code document}; only glyphs actually drawn end up in the file. */
    PDType0Font embedInto(PDDocument document) throws IOException {
        try (InputStream in = new ByteArrayInputStream(data)) {
            return PDType0Font.load(document, in, true);
        }
    }
}
