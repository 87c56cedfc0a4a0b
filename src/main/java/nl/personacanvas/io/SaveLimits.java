package nl.personacanvas.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Portrait;
import nl.personacanvas.model.PrincipleTheme;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;

/**
 * Every bound the reader enforces ({@link FormatLimit}), checked before a save. Whatever put the content in
 * the window (typing, a paste of many lines, a merge, the sort dialog, the command line's {@code merge}), a
 * workbook the reader would refuse is not written: a note of 12,000 characters, or 101 authors, used to be
 * saved without a word, and the next open refused the whole workbook, so everything in it was out of reach
 * but by editing the JSON. The file's own size is known only while writing, see {@link CappedOutput}.
 */
final class SaveLimits {
    private final Path target;
    private final Object file;

    private SaveLimits(Path target) {
        this.target = target;
        this.file = target.getFileName();
    }

    /** Refuses the first bound the workbook passes, naming what, where (its persona, or the file) and by how much. */
    static void check(Workbook wb, Path target) throws SaveFailedException {
        new SaveLimits(target).workbook(wb);
    }

    private void workbook(Workbook wb) throws SaveFailedException {
        text(FormatLimit.MATRIX_VERSION, file, wb.matrixVersion());
        text(FormatLimit.SCHOOL, file, wb.school());
        text(FormatLimit.REGION, file, wb.region());
        text(FormatLimit.TEAM, file, wb.team());
        text(FormatLimit.DEFINITION, file, wb.definition());
        count(FormatLimit.PRINCIPLES, file, wb.principles(), what("principles"));
        for (PrincipleTheme theme : wb.principles()) {
            text(FormatLimit.THEME, file, theme.theme());
            count(FormatLimit.STATEMENTS, file, theme.statements(), what("statements", beginning(theme.theme())));
            for (String statement : theme.statements()) {
                text(FormatLimit.STATEMENT, file, statement);
            }
        }
        count(FormatLimit.ACTIVITIES, file, wb.activities(), what("activities"));
        for (var activity : wb.activities()) {
            text(FormatLimit.ACTIVITY_ID, file, activity.id());
            text(FormatLimit.ACTIVITY_NAME, file, activity.name());
        }
        count(FormatLimit.PERSONAS, file, wb.personas(), what("personas"));
        for (Persona p : wb.personas()) {
            persona(p);
        }
    }

    private void persona(Persona p) throws SaveFailedException {
        Object who = who(p, file);
        text(FormatLimit.PERSONA_ID, who, p.id());
        text(FormatLimit.PERSONA_NAME, who, p.name());
        text(FormatLimit.ROLE, who, p.role());
        count(FormatLimit.AUTHORS, who, p.authors(), what("authors"));
        for (String author : p.authors()) {
            text(FormatLimit.AUTHOR, who, author);
        }
        text(FormatLimit.NOTES, who, p.notes());
        if (p.portrait() != null) {
            portrait(who, p.portrait());
        }
        for (Quadrant q : Quadrant.values()) {
            List<Entry> entries = p.canvas().entries(q);
            count(FormatLimit.ENTRIES, who, entries, what("entries", what("quadrant." + q.key())));
            for (Entry e : entries) {
                text(FormatLimit.ENTRY_ID, who, e.id());
                text(FormatLimit.ENTRY_TEXT, who, e.text());
                count(FormatLimit.LINKS, who, e.links(), what("links", beginning(e.text())));
                for (String link : e.links()) {
                    text(FormatLimit.LINK, who, link);
                }
                text(FormatLimit.ENTRY_NOTE, who, e.note());
            }
        }
    }

    private void portrait(Object who, Portrait portrait) throws SaveFailedException {
        if (FormatLimit.PORTRAIT_BYTES.exceededBy(portrait.size())) {
            throw SaveFailedException.overLimit(SaveFailedException.Reason.TOO_LARGE, "save.portraitbytes", target,
                    List.of(who, kilobytesUp(portrait.size()), FormatLimit.PORTRAIT_BYTES.max() / 1024));
        }
        var size = ImageHeader.sizeOf(portrait.data());
        if (size.isPresent() && ValueRules.tooManyPixels(size.get())) {
            throw SaveFailedException.overLimit(SaveFailedException.Reason.TOO_LARGE, "save.portraitpixels", target,
                    List.of(who, size.get().width(), size.get().height(), FormatLimit.PORTRAIT_SIDE.max(),
                            FormatLimit.PORTRAIT_PIXELS.max() / 1_000_000));
        }
    }

    private void text(FormatLimit limit, Object where, String text) throws SaveFailedException {
        // A code point takes one or two chars: only a text of more chars than the limit needs counting.
        if (text == null || text.length() <= limit.max()) {
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (limit.exceededBy(length)) {
            throw SaveFailedException.overLimit(SaveFailedException.Reason.TOO_LONG, "save.toolong", target,
                    List.of(where, length, limit.max(), beginning(text)));
        }
    }

    private void count(FormatLimit limit, Object where, List<?> items, FormatProblem what) throws SaveFailedException {
        if (items != null && limit.exceededBy(items.size())) {
            throw SaveFailedException.overLimit(SaveFailedException.Reason.TOO_MANY, "save.toomany", target,
                    List.of(where, what, items.size(), limit.max(), items.size() - limit.max()));
        }
    }

    /** What a list holds, said in the user's language when the refusal is described. */
    private static FormatProblem what(String kind, Object... args) {
        return FormatProblem.of("save.what." + kind, args);
    }

    private static long kilobytesUp(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** A persona as a refusal names it: by its name's beginning, or by the file when it has no name. */
    static Object who(Persona p, Object file) {
        return p.name() == null || p.name().isBlank() ? file : beginning(p.name());
    }

    static String beginning(String text) {
        String start = text == null ? "" : text.strip();
        int end = start.offsetByCodePoints(0, Math.min(40, start.codePointCount(0, start.length())));
        return start.substring(0, end) + (end < start.length() ? "\u2026" : "");
    }

    /**
     * The file's bytes on their way to {@code out}, counted: past the reader's limit they are no longer passed on,
     * and {@link #confirm} refuses the save with the whole size, before the backup is kept and the new file takes
     * the old one's place. Large portraits are what make a file so large.
     */
    static final class CappedOutput extends FilterOutputStream {
        private final Path target;
        private long written;

        CappedOutput(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            if (!FormatLimit.DOCUMENT.exceededBy(++written)) {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (!FormatLimit.DOCUMENT.exceededBy(written)) {
                out.write(b, off, len);
            }
        }

        /** Refuses a file the reader would refuse as too large, once all of it has been counted. */
        void confirm() throws SaveFailedException {
            if (FormatLimit.DOCUMENT.exceededBy(written)) {
                throw SaveFailedException.overLimit(SaveFailedException.Reason.TOO_LARGE, "save.toolarge", target,
                        List.of(target.getFileName(), WorkbookCodec.megabytes(written),
                                FormatLimit.DOCUMENT.max() / (1024 * 1024)));
            }
        }

        @Override
        public void close() {
            // the stream underneath is closed by its owner, who awaits its write or aborts it
        }
    }
}
