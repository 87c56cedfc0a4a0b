package nl.personacanvas.pdf;

import java.text.Normalizer;
import java.util.List;

/**
 * Makes user text safe to typeset: composed characters (so Vietnamese letters match the font's
 * precomposed glyphs), tabs and odd spaces as plain spaces, control characters gone, flags as their
 * country code's letters, and paragraphs split at line breaks. PDFBox cannot draw a tab or a newline at all.
 */
final class TextCleaner {
    /**
     * A flag emoji is two regional indicator letters ("🇪🇸" = E, S). No bundled font draws flags: the symbol font
     * draws each as a letter in a dotted box, which read as two missing glyphs ("Spanje [E][S]"). They are printed
     * as the plain letters of the country code ("Spanje ES"), as systems without flag glyphs show them.
     */
    private static final int REGIONAL_INDICATOR_A = 0x1F1E6;
    private static final int REGIONAL_INDICATOR_Z = 0x1F1FF;

    private TextCleaner() {
    }

    static List<String> paragraphs(String text) {
        return List.of(clean(text).split("\n", -1)).stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** One line of text: line breaks become spaces too. */
    static String singleLine(String text) {
        return clean(text).replace('\n', ' ').strip();
    }

    private static String clean(String text) {
        String normalized = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(normalized.length());
        normalized.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_Z) {
                out.append((char) ('A' + cp - REGIONAL_INDICATOR_A));
            } else if (cp == '\t' || Character.isSpaceChar(cp) && cp != 0x00A0 && cp != 0x202F) {
                appendSpace(out);
            } else if (!Character.isISOControl(cp) && cp != 0x2028 && cp != 0x2029) {
                out.appendCodePoint(cp);
            } else if (cp == 0x2028 || cp == 0x2029) {
                out.append('\n');
            }
        });
        return out.toString();
    }

    private static void appendSpace(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
    }
}
