package nl.personacanvas.pdf;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File names from persona names that are safe on Windows, macOS and Linux: no path separators or
 * characters Windows forbids, no control characters, no reserved device names (CON, NUL, COM1 …), no
 * leading or trailing dots and spaces, at most {@value #MAX_LENGTH} characters, and unique within one
 * export ("Laura.pdf", "Laura (2).pdf"), compared case-insensitively as Windows and macOS do.
 */
public final class SafeFileNames {
    static final int MAX_LENGTH = 80;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}]");
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");
    private static final String FALLBACK = "persona";

    private final Set<String> taken = new HashSet<>();

    /** A new unique name for {@code name} with {@code extension} (".pdf", or " A4.pdf" with a tag before it). */
    public String next(String name, String extension) {
        String base = base(name);
        String candidate = base + extension;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = truncate(base, MAX_LENGTH - suffix.length()) + suffix + extension;
        }
        return candidate;
    }

    static String base(String name) {
        return base(name, FALLBACK);
    }

    /** {@code name} made safe as a file name without extension; {@code fallback} when nothing of it is left. */
    static String base(String name, String fallback) {
        String cleaned = FORBIDDEN.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC))
                .replaceAll("_")
                .replaceAll("\\s+", " ")
                .strip();
        cleaned = truncate(cleaned, MAX_LENGTH).replaceAll("^[. ]+|[. ]+$", "");
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_')) {
            return fallback;
        }
        return RESERVED.matcher(cleaned).matches() ? "_" + cleaned : cleaned;
    }

    private static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }
}
