package nl.personacanvas.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;

/**
 * Writes every text well-formed: half of a surrogate pair standing alone (from a broken paste, or a text another
 * program cut between the two halves of an emoji) is written as U+FFFD, the replacement character. The reader
 * refuses such a half ({@link ValueRules#codePoints}), so one invisible broken character would otherwise make the
 * whole saved workbook refuse to open.
 */
final class WellFormedStrings extends JsonGeneratorDelegate {
    private static final char REPLACEMENT = '\uFFFD';

    WellFormedStrings(JsonGenerator generator) {
        super(generator, false);
    }

    @Override
    public void writeString(String text) throws IOException {
        super.writeString(wellFormed(text));
    }

    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        writeString(new String(text, offset, length));
    }

    /** {@code text} itself when it has no lone surrogate (nearly always), else a copy with each replaced. */
    static String wellFormed(String text) {
        if (text == null || ValueRules.codePoints(text) >= 0) {
            return text;
        }
        StringBuilder fixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                fixed.append(c).append(text.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return fixed.toString();
    }
}
