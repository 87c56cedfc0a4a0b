package nl.personacanvas.pdf;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Warnings for texts that needed a fallback font or a replacement mark, one per text and kind. */
final class FallbackWarnings {
    private static final int EXCERPT = 80;

    private FallbackWarnings() {
    }

    static List<ExportWarning> of(Typesetter type, String personaId, String persona, List<String> texts) {
        return texts.stream().flatMap(text -> {
            // The text as it prints: a flag's regional indicators print as letters and need no symbol font.
            Set<Fallback> used = type.fallbacks(TextCleaner.singleLine(text));
            String excerpt = excerpt(text);
            Stream.Builder<ExportWarning> found = Stream.builder();
            if (used.contains(Fallback.ARABIC_FONT) || used.contains(Fallback.HEBREW_FONT)
                    || used.contains(Fallback.SYMBOL_FONT)) {
                found.add(new ExportWarning(ExportWarning.Kind.FALLBACK_FONT, personaId, persona, excerpt));
            }
            if (used.contains(Fallback.REPLACEMENT_MARK)) {
                found.add(new ExportWarning(ExportWarning.Kind.REPLACEMENT_MARK, personaId, persona, excerpt));
            }
            return found.build();
        }).toList();
    }

    /** The text on one line, cut to its first 80 characters and "…" where longer, as warnings name it. */
    static String excerpt(String text) {
        String line = TextCleaner.singleLine(text);
        return line.codePointCount(0, line.length()) <= EXCERPT ? line
                : line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
