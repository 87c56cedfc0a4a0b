package nl.personacanvas.pdf;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Remembers, per font of one document, which glyphs PDFBox's glyph substitution (the fonts' GSUB table: Noto Sans
 * draws "office" with its "ffi" ligature) makes of each word, so each distinct word is substituted once.
 *
 * <p>Why: PDFBox 3 substitutes word by word, and its Latin worker compiles a regular expression of all the font's
 * ligature sequences for every word drawn (GsubWorkerForLatin → GlyphArraySplitterRegexImpl). Profiling the
 * comparison PDF put 52 % of its time in that path and 23 % in those compiles (session 28). PDFBox offers no hook
 * for it: a content stream creates the worker in {@code setFont} and keeps it in a private map, so after each
 * {@code setFont} the worker is swapped, by reflection, for one answering from this memo. The memo gives back
 * exactly what PDFBox's own worker computed, so the PDF is the same; should a PDFBox upgrade rename the field,
 * nothing is swapped and PDFBox does the work itself, only slower.
 */
final class LigatureMemo {
    private static final Logger LOG = Logger.getLogger(LigatureMemo.class.getName());
    private static final Field WORKERS = workersField();

    private final Map<PDFont, GsubWorker> memos = new IdentityHashMap<>();

    private static Field workersField() {
        try {
            Field field = PDFormContentStream.class.getSuperclass().getDeclaredField("gsubWorkers");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "PDFBox substitutes glyphs without the memo", e);
            return null;
        }
    }

    /**
     * Call right after {@code out.setFont(font, …)}: the worker PDFBox just made for {@code font} answers from the memo.
     * Returns whether it does; false for a font without glyph substitution and when this PDFBox has no such field
     * any more. {@code LigatureMemoTest} fails on the latter, so a PDFBox upgrade that switches the memo off is
     * noticed (docs/pdf.md says what to do then).
     */
    boolean install(PDFormContentStream out, PDFont font) {
        if (WORKERS == null || !(font instanceof PDType0Font)) {
            return false;
        }
        try {
            @SuppressWarnings("unchecked")
            Map<PDFont, GsubWorker> workers = (Map<PDFont, GsubWorker>) WORKERS.get(out);
            GsubWorker pdfbox = workers.get(font);
            if (pdfbox == null) {
                return false;
            }
            workers.put(font, memos.computeIfAbsent(font, f -> new Memo(pdfbox)));
            return true;
        } catch (IllegalAccessException | ClassCastException e) {
            LOG.log(Level.FINE, "PDFBox substitutes glyphs without the memo", e);
            return false;
        }
    }

    /** PDFBox's worker for one font, asked once per distinct glyph sequence (word). */
    private static final class Memo implements GsubWorker {
        private final GsubWorker pdfbox;
        private final Map<List<Integer>, List<Integer>> substituted = new HashMap<>();

        Memo(GsubWorker pdfbox) {
            this.pdfbox = pdfbox;
        }

        @Override
        public List<Integer> applyTransforms(List<Integer> originalGlyphIds) {
            List<Integer> key = List.copyOf(originalGlyphIds);
            return substituted.computeIfAbsent(key, k -> List.copyOf(pdfbox.applyTransforms(originalGlyphIds)));
        }
    }
}
