package nl.personacanvas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import nl.personacanvas.model.Workbook;

/**
 * The recovery copy of unsaved work: the workbook in the ordinary file format plus a small note of
 * where it came from and when, in a folder of the app's own (not next to the user's file). Written by
 * the autosave in the background through {@link WorkbookStore#save}, so a crash while writing leaves the
 * previous copy whole; present at start-up only if the app did not close cleanly.
 */
public final class RecoveryFiles {
    private static final String WORKBOOK = "recovery" + WorkbookStore.EXTENSION;
    private static final String INFO = "recovery.properties";
    private static final System.Logger LOG = System.getLogger(RecoveryFiles.class.getName());
    /**
     * Layout of the note: 1 (no {@code layout} key) had source and time; 2 adds the source file's
     * fingerprint. Readers take what they know and ignore the rest, so old and new notes both load.
     */
    private static final int LAYOUT = 2;

    /**
     * What a previous run left behind. {@code source} is null for a workbook never saved;
     * {@code sourceFingerprint} is what the source file held when the work began from it (null for a
     * note of the first layout, or when unknown), so saving the restored work can still notice that
     * someone changed the file meanwhile.
     */
    public record Recovered(Workbook workbook, Path source, FileFingerprint sourceFingerprint, Instant savedAt) {
    }

    private final Path directory;
    private final WorkbookStore store;

    public RecoveryFiles(Path directory, WorkbookStore store) {
        this.directory = directory;
        this.store = store;
    }

    /**
     * Keeps {@code workbook} as the copy to offer after a crash. {@code sourceFingerprint} is what
     * {@code source} held when last read or written by this window, or null when not known.
     */
    public void write(Workbook workbook, Path source, FileFingerprint sourceFingerprint, Instant now)
            throws IOException {
        Files.createDirectories(directory);
        store.save(workbook, directory.resolve(WORKBOOK));
        Properties info = new Properties();
        info.setProperty("layout", String.valueOf(LAYOUT));
        info.setProperty("savedAt", now.toString());
        if (source != null) {
            info.setProperty("source", source.toAbsolutePath().toString());
            if (sourceFingerprint != null) {
                info.setProperty("sourceSize", String.valueOf(sourceFingerprint.size()));
                info.setProperty("sourceModified", sourceFingerprint.modified().toInstant().toString());
                info.setProperty("sourceSha256", sourceFingerprint.sha256());
            }
        }
        // One fixed temporary name: an interrupted write is overwritten by the next, never piles up.
        Path tmp = directory.resolve(INFO + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            info.store(out, "Persona Canvas recovery");
        }
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(tmp, directory.resolve(INFO), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The recovery copy, if there is a readable one. An unreadable one is of no use and is dropped. */
    public Optional<Recovered> find() {
        Path file = directory.resolve(WORKBOOK);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Workbook workbook = store.load(file);
            Properties info = new Properties();
            Path infoFile = directory.resolve(INFO);
            if (Files.isRegularFile(infoFile)) {
                try (InputStream in = Files.newInputStream(infoFile)) {
                    info.load(in);
                }
            }
            String source = info.getProperty("source");
            Instant savedAt = Instant.parse(info.getProperty("savedAt", Files.getLastModifiedTime(file).toInstant().toString()));
            return Optional.of(new Recovered(workbook, source == null ? null : Path.of(source),
                    source == null ? null : fingerprint(info), savedAt));
        } catch (IOException | WorkbookFormatException | DateTimeParseException e) {
            LOG.log(System.Logger.Level.WARNING, "Dropping unreadable recovery file " + file, e);
            discard();
            return Optional.empty();
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

    /** Removes the copy, its backup and note, and what interrupted writes left behind. */
    public void discard() {
        try {
            Path workbook = directory.resolve(WORKBOOK);
            Files.deleteIfExists(workbook);
            Files.deleteIfExists(WorkbookStore.backupOf(workbook));
            Files.deleteIfExists(directory.resolve(INFO));
            Files.deleteIfExists(directory.resolve(INFO + ".tmp"));
            if (Files.isDirectory(directory)) {
                WorkbookStore.removeLeftovers(workbook);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot delete recovery file in " + directory, e);
        }
    }
}
