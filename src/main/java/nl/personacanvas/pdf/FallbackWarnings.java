package nl.personacanvas.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warnings for texts that needed a fallback font or a replacement mark. A replacement mark is warned for per text
 * (each is a character lost); another font once per persona: one text is named, more are counted ("7 teksten …"),
 * since an Arabic persona gave one warning per note, seven lines saying what its poster plainly shows (pdf30, polish30b).
 */
final class FallbackWarnings {
    private static final int EXCERPT = 80;

    private FallbackWarnings() {
    }

    static List<ExportWarning> of(Typesetter type, String personaId, String persona, List<String> texts) {
        List<String> otherFont = new ArrayList<>();
        List<ExportWarning> marks = new ArrayList<>();
        for (String text : texts) {
            // The text as it prints: a flag's regional indicators print as letters and need no symbol font.
            Set<Fallback> used = type.fallbacks(TextCleaner.singleLine(text));
            if (used.contains(Fallback.ARABIC_FONT) || used.contains(Fallback.HEBREW_FONT)
                    || used.contains(Fallback.SYMBOL_FONT)) {
                otherFont.add(excerpt(text));
            }
            if (used.contains(Fallback.REPLACEMENT_MARK)) {
                marks.add(new ExportWarning(ExportWarning.Kind.REPLACEMENT_MARK, personaId, persona, excerpt(text)));
            }
        }
        List<ExportWarning> found = new ArrayList<>();
        if (otherFont.size() == 1) {
            found.add(new ExportWarning(ExportWarning.Kind.FALLBACK_FONT, personaId, persona, otherFont.get(0)));
        } else if (otherFont.size() > 1) {
            found.add(new ExportWarning(ExportWarning.Kind.FALLBACK_FONT_TEXTS, personaId, persona,
                    String.valueOf(otherFont.size())));
        }
        found.addAll(marks);
        return List.copyOf(found);
    }

    /** The text on one line, cut to its first 80 characters and "…" where longer, as warnings name it. */
    static String excerpt(String text) {
        String line = TextCleaner.singleLine(text);
        return line.codePointCount(0, line.length()) <= EXCERPT ? line
                : line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
