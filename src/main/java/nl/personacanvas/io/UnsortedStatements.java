package nl.personacanvas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * Statements typed or pasted into the sort dialog (Stickers sorteren) and not yet added to a canvas: they are in no
 * workbook, so the recovery copy of the workbook does not hold them. Kept in the recovery folder beside this app's
 * copy ({@code recovery.statements.properties} for {@code recovery.pcanvas}), replaced atomically, so a crash (or the
 * power going) no longer loses them. A copy of the workbook is written only while it has unsaved changes; these are
 * kept whether it has or not, and after it is saved.
 *
 * @param text    the dialog's input as it stands, one statement a line
 * @param source  the workbook file the window had open, or null for one never saved
 * @param savedAt   when they were kept
 * @param personaId the persona in whose sort dialog they were last (session 22, rob22b), or null when not known (a
 *                  file kept before): offered back in another persona's dialog, the dialog says whose they were
 */
public record UnsortedStatements(String text, Path source, Instant savedAt, String personaId) {
    /** Layout 1: text, source and time. A later layout is refused, never half-read, and the file kept aside. */
    private static final int LAYOUT = 1;
    /**
     * Far more than a panel pastes (a 4 MB paste of emoji and Arabic, escaped, is about 24 MB); a bigger file is
     * damage, and is not read into memory.
     */
    private static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final String SUFFIX = ".statements.properties";

    public UnsortedStatements {
        text = text == null ? "" : text;
    }

    public UnsortedStatements(String text, Path source, Instant savedAt) {
        this(text, source, savedAt, null);
    }

    /** The statements file of {@code copy}: {@code recovery.statements.properties} for {@code recovery.pcanvas}. */
    static Path of(Path copy) {
        return BesideTheCopy.of(copy, SUFFIX);
    }

    /** The one temporary name they are written under: an interrupted write is overwritten by the next. */
    static Path temporaryOf(Path copy) {
        return BesideTheCopy.temporaryOf(copy, SUFFIX);
    }

    /** Writes them beside {@code copy}, forced to disk, then moved in place in one step. */
    void write(Path copy) throws IOException {
        Properties info = BesideTheCopy.heading(LAYOUT, savedAt, source);
        // An optional key of layout 1: a file without it (kept before) is read as before, with no persona.
        if (personaId != null) {
            info.setProperty("persona", personaId);
        }
        // Properties writes every character outside Latin-1 as \\uXXXX, so an emoji, Arabic or half a character
        // comes back as it was typed.
        info.setProperty("text", text);
        SafeReplace.writeProperties(info, "Persona Canvas: statements not yet added to a canvas", temporaryOf(copy), of(copy));
    }

    /**
     * The statements kept beside {@code copy}. A file of a newer layout, damaged, or without its text is refused
     * (the caller keeps it aside); a damaged time costs the time only.
     */
    static UnsortedStatements read(Path copy) throws IOException, WorkbookFormatException {
        Path file = of(copy);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new WorkbookFormatException("recovery.statements.damaged");
        }
        Properties info = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            info.load(in);
        } catch (IllegalArgumentException e) { // a broken \\u escape
            throw (WorkbookFormatException) new WorkbookFormatException("recovery.statements.damaged").initCause(e);
        }
        int layout;
        try {
            layout = Integer.parseInt(info.getProperty("layout", "").trim());
        } catch (NumberFormatException e) {
            throw new WorkbookFormatException("recovery.statements.damaged");
        }
        if (layout > LAYOUT) {
            throw new WorkbookFormatException("recovery.statements.newer", layout, LAYOUT);
        }
        String text = info.getProperty("text");
        if (layout < 1 || text == null) {
            throw new WorkbookFormatException("recovery.statements.damaged");
        }
        return new UnsortedStatements(text, path(info.getProperty("source")), BesideTheCopy.savedAt(info, file),
                info.getProperty("persona"));
    }

    /** Null for none, or for a path this system refuses: that costs which file to open, not the statements. */
    private static Path path(String source) {
        try {
            return source == null ? null : Path.of(source);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
