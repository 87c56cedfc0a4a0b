package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The properties files kept beside a recovery copy and named after it ({@code recovery.properties} and
 * {@code recovery.statements.properties} for {@code recovery.pcanvas}): each is written under one temporary name, so
 * an interrupted write is overwritten by the next and never piles up, and each says which layout it has, when it was
 * written and from which workbook.
 */
final class BesideTheCopy {
    private BesideTheCopy() {
    }

    /** The file beside {@code copy}: its name with {@code suffix} for the workbook's extension. */
    static Path of(Path copy, String suffix) {
        String name = copy.getFileName().toString();
        return copy.resolveSibling(name.substring(0, name.length() - WorkbookStore.EXTENSION.length()) + suffix);
    }

    /** The one temporary name the file beside {@code copy} is written under. */
    static Path temporaryOf(Path copy, String suffix) {
        Path file = of(copy, suffix);
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    /** What every such file starts with: its layout, when it was written and the workbook's path, if it has one. */
    static Properties heading(int layout, Instant savedAt, Path source) {
        Properties info = new Properties();
        info.setProperty("layout", String.valueOf(layout));
        info.setProperty("savedAt", savedAt.toString());
        if (source != null) {
            info.setProperty("source", source.toAbsolutePath().toString());
        }
        return info;
    }

    /** When the file says it was written; {@code file}'s own time when that is damaged: it costs the time only. */
    static Instant savedAt(Properties info, Path file) throws IOException {
        try {
            return Instant.parse(info.getProperty("savedAt", ""));
        } catch (DateTimeParseException e) {
            return Files.getLastModifiedTime(file).toInstant();
        }
    }
}
