package nl.personacanvas.io;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules on single values of a workbook file, in one place for both readers: {@link WorkbookReader},
 * which only accepts, and {@link WorkbookValidator}, which words every problem; so the two cannot drift
 * apart on what a good value is.
 */
final class ValueRules {
    static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg");
    static final Pattern MATRIX_ACTIVITY = Pattern.compile("A[1-5]");
    /** Base64 of the largest portrait allowed: longer data cannot decode to a portrait within the limit. */
    static final int MAX_PORTRAIT_BASE64 = 4 * ((Limits.MAX_PORTRAIT_BYTES + 2) / 3);

    private ValueRules() {
    }

    /**
     * The length of {@code value} in code points, or {@code -1 - i} when the char at {@code i} is a lone
     * surrogate. One pass for both, as every text of a file goes through here: most of checking a file.
     */
    static int codePoints(String value) {
        int length = value.length();
        int i = 0;
        while (i < length && value.charAt(i) < Character.MIN_SURROGATE) {
            i++; // the usual text has no surrogates at all: one comparison a char finds that out
        }
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                length--;
            } else if (Character.isSurrogate(c)) {
                return -1 - i;
            }
        }
        return length;
    }

    /** Whether a text is well-formed and at most {@code max} code points long. */
    static boolean fits(String value, int max) {
        int length = codePoints(value);
        return length >= 0 && length <= max;
    }

    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a picture declares more pixels than a portrait needs, from its header, so no part of the app
     * ever tries to decode it. Bytes that are no readable image pass: every decoder shows the initials
     * instead, as for a damaged picture.
     */
    static boolean tooManyPixels(ImageHeader.Size size) {
        return size.width() > Limits.MAX_PORTRAIT_SIDE || size.height() > Limits.MAX_PORTRAIT_SIDE
                || size.pixels() > Limits.MAX_PORTRAIT_PIXELS;
    }
}
