package nl.personacanvas.io;

import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Workbook;

/**
 * The text lengths the reader enforces (docs/file-format.md, {@link Limits}), checked before a save. Nothing in the
 * window stops a long paste, and a note of 12,000 characters used to be saved without a word: the next open refused
 * the whole workbook ("Te lang"), so everything in it was out of reach but by editing the JSON.
 */
final class SaveLimits {
    private SaveLimits() {
    }

    /** Refuses the first text the reader would refuse, naming its persona (or the file) and how it begins. */
    static void check(Workbook wb, Path target) throws SaveFailedException {
        Object file = target.getFileName();
        check(file, Limits.MAX_NAME_LENGTH, target, wb.school(), wb.region(), wb.team());
        check(file, Limits.MAX_TEXT_LENGTH, target, wb.definition());
        for (PrincipleTheme theme : wb.principles()) {
            check(file, Limits.MAX_SENTENCE_LENGTH, target, theme.theme());
            check(file, Limits.MAX_TEXT_LENGTH, target, theme.statements().toArray(String[]::new));
        }
        for (var activity : wb.activities()) {
            check(file, Limits.MAX_SENTENCE_LENGTH, target, activity.name());
        }
        for (Persona p : wb.personas()) {
            Object who = p.name().isBlank() ? file : beginning(p.name());
            check(who, Limits.MAX_NAME_LENGTH, target, p.name());
            check(who, Limits.MAX_NAME_LENGTH, target, p.authors().toArray(String[]::new));
            check(who, Limits.MAX_SENTENCE_LENGTH, target, p.role());
            check(who, Limits.MAX_TEXT_LENGTH, target, p.notes());
            for (Entry e : p.canvas().allEntries().toList()) {
                check(who, Limits.MAX_TEXT_LENGTH, target, e.text(), e.note());
            }
        }
    }

    private static void check(Object where, int max, Path target, String... texts) throws SaveFailedException {
        for (String text : texts) {
            // A code point takes one or two chars: only a text of more chars than the limit needs counting.
            int length = text == null || text.length() <= max ? 0 : text.codePointCount(0, text.length());
            if (length > max) {
                throw SaveFailedException.tooLong(target, List.of(where, length, max, beginning(text)));
            }
        }
    }

    private static String beginning(String text) {
        String start = text.strip();
        int end = start.offsetByCodePoints(0, Math.min(40, start.codePointCount(0, start.length())));
        return start.substring(0, end) + (end < start.length() ? "\u2026" : "");
    }
}
