package nl.personacanvas.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Right-to-left text for PDF, which draws glyphs strictly left to right as given: Arabic letters are
 * replaced by their contextual presentation forms (initial, medial, final, isolated; PDFBox does no
 * shaping) and each line is put into visual order by the Unicode bidi algorithm, mirroring brackets.
 * Both come from ICU4J. Lines are broken in logical order first, then each line is reordered on its own.
 */
final class BidiShaper {
    private final ArabicShaping shaping = new ArabicShaping(ArabicShaping.LETTERS_SHAPE
            | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    /** Logical order, Arabic letters in presentation forms: what gets measured. */
    String shape(String logical) {
        if (!hasArabic(logical)) {
            return logical;
        }
        try {
            return shaping.shape(logical);
        } catch (ArabicShapingException e) {
            // Only raised for fixed-length options we do not use; unshaped letters still read.
            return logical;
        }
    }

    /** The shaped line in the order its glyphs are drawn from left to right. */
    String visual(String logicalLine, boolean rightToLeftParagraph) {
        String shaped = shape(logicalLine);
        char[] chars = shaped.toCharArray();
        if (!rightToLeftParagraph && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return shaped;
        }
        Bidi bidi = new Bidi(shaped, rightToLeftParagraph ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** A paragraph whose first strong character is right-to-left reads, and is aligned, from the right. */
    static boolean isRightToLeft(String paragraph) {
        return Bidi.getBaseDirection(paragraph) == Bidi.RTL;
    }

    private static boolean hasArabic(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x08FF) {
                return true;
            }
        }
        return false;
    }
}
