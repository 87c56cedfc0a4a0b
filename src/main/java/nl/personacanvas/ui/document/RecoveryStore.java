package nl.personacanvas.ui.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Workbook;

/**
 * The recovery copy of unsaved work: the workbook in the ordinary file format plus a small note of
 * where it came from and when. Written by the autosave in the background; present at start-up only if
 * the app did not close cleanly. Plain file I/O, no JavaFX, so it can be tested directly.
 */
public final class RecoveryStore {
    private static final String WORKBOOK = "recovery" + WorkbookStore.EXTENSION;
    private static final String INFO = "recovery.properties";

    /** What a previous run left behind. {@code source} is null for a workbook never saved. */
    public record Recovered(Workbook workbook, Path source, Instant savedAt) {
    }

    private final Path directory;
    private final WorkbookStore store;

    public RecoveryStore(Path directory, WorkbookStore store) {
        this.directory = directory;
        this.store = store;
    }

    public void write(Workbook workbook, Path source, Instant now) throws IOException {
        Files.createDirectories(directory);
        store.save(workbook, directory.resolve(WORKBOOK));
        Properties info = new Properties();
        info.setProperty("savedAt", now.toString());
        if (source != null) {
            info.setProperty("source", source.toAbsolutePath().toString());
        }
        Path tmp = Files.createTempFile(directory, INFO, ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            info.store(out, "Persona Canvas recovery");
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
            return Optional.of(new Recovered(workbook, source == null ? null : Path.of(source), savedAt));
        } catch (IOException | WorkbookFormatException | DateTimeParseException e) {
            System.getLogger(RecoveryStore.class.getName()).log(System.Logger.Level.WARNING,
                    "Dropping unreadable recovery file " + file, e);
            discard();
            return Optional.empty();
        }
    }

    public void discard() {
        try {
            Files.deleteIfExists(directory.resolve(WORKBOOK));
            Files.deleteIfExists(directory.resolve(INFO));
        } catch (IOException e) {
            System.getLogger(RecoveryStore.class.getName()).log(System.Logger.Level.WARNING,
                    "Cannot delete recovery file in " + directory, e);
        }
    }
}
