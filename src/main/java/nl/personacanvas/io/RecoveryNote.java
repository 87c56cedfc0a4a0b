package nl.personacanvas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The note beside a recovery copy ({@link RecoveryFiles}): where the work came from (the workbook's path and, since
 * layout 2, the fingerprint of that file as the window last read or wrote it) and when the copy was written. A
 * properties file next to the copy, {@code recovery.properties} for {@code recovery.pcanvas}, replaced atomically.
 *
 * @param source            the workbook file the work began from, or null for a workbook never saved
 * @param sourceFingerprint what {@code source} held then, or null when unknown (a note of the first layout)
 * @param savedAt           when the copy was written
 */
record RecoveryNote(Path source, FileFingerprint sourceFingerprint, Instant savedAt) {
    private static final System.Logger LOG = System.getLogger(RecoveryNote.class.getName());
    /**
     * Layout of the note: 1 (no {@code layout} key) had source and time; 2 adds the source file's
     * fingerprint. Readers take what they know and ignore the rest, so old and new notes both load.
     */
    private static final int LAYOUT = 2;
    private static final String SUFFIX = ".properties";

    /** The note of {@code copy}: its name with {@code .properties} for the workbook's extension. */
    static Path of(Path copy) {
        return BesideTheCopy.of(copy, SUFFIX);
    }

    /** The one temporary name a note is written under: an interrupted write is overwritten by the next, never piles up. */
    static Path temporaryOf(Path copy) {
        return BesideTheCopy.temporaryOf(copy, SUFFIX);
    }

    /** Writes the note of {@code copy}, forced to disk, then moved in place in one step. */
    void write(Path copy) throws IOException {
        Properties info = BesideTheCopy.heading(LAYOUT, savedAt, source);
        if (source != null && sourceFingerprint != null) {
            info.setProperty("sourceSize", String.valueOf(sourceFingerprint.size()));
            info.setProperty("sourceModified", sourceFingerprint.modified().toInstant().toString());
            info.setProperty("sourceSha256", sourceFingerprint.sha256());
        }
        SafeReplace.writeProperties(info, "Persona Canvas recovery", temporaryOf(copy), of(copy));
    }

    /**
     * The note of {@code copy} for {@code file}, the copy or its backup: a backup's time is its own file's, as the note
     * describes the copy. A missing note is an empty one; a damaged time costs the time, a damaged fingerprint the check.
     */
    static RecoveryNote read(Path copy, Path file) throws IOException {
        Properties info = new Properties();
        Path note = of(copy);
        if (Files.isRegularFile(note)) {
            try (InputStream in = Files.newInputStream(note)) {
                info.load(in);
            } catch (IllegalArgumentException e) {
                // A broken \\u escape: it used to end the search for recovered work, so the work was never offered.
                LOG.log(System.Logger.Level.WARNING, "Ignoring a recovery note that cannot be read: " + note, e);
                info = new Properties();
            }
        }
        Path source = source(info.getProperty("source"));
        Instant savedAt = file.equals(copy) ? BesideTheCopy.savedAt(info, file)
                : Files.getLastModifiedTime(file).toInstant();
        return new RecoveryNote(source, source == null ? null : fingerprint(info), savedAt);
    }

    /** The note's source as a path; null when it has none or names one this system refuses (a NUL in it). */
    private static Path source(String source) {
        try {
            return source == null ? null : Path.of(source);
        } catch (InvalidPathException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring a source the recovery note names that is no path", e);
            return null;
        }
    }

    /** The source's fingerprint from the note; null when it has none or it is damaged (only a check is lost). */
    private static FileFingerprint fingerprint(Properties info) {
        String size = info.getProperty("sourceSize");
        String modified = info.getProperty("sourceModified");
        String sha256 = info.getProperty("sourceSha256");
        if (size == null || modified == null || sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return null;
        }
        try {
            return new FileFingerprint(Long.parseLong(size), FileTime.from(Instant.parse(modified)), sha256);
        } catch (NumberFormatException | DateTimeParseException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring a damaged fingerprint in the recovery note", e);
            return null;
        }
    }
}
