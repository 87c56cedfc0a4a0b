package nl.personacanvas.io.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import nl.personacanvas.io.FileFingerprint;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;

/**
 * The process {@link CrashSafetyTest} kills. It edits and saves forever, as the app does: each edit is
 * first written to the recovery copy (the autosave), then saved to the workbook file, both through the
 * app's own classes. Before each write it announces on standard output what it is about to write, so
 * the test knows, after the kill, which versions the files may hold.
 *
 * <p>Arguments: the workbook file, the recovery folder, the first version number, and optionally how
 * many versions to write before exiting normally (used once to warm up the class data archive).
 */
public final class CrashingSaver {
    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        WorkbookStore store = new WorkbookStore(new WorkbookCodec());
        RecoveryFiles recovery = new RecoveryFiles(Path.of(args[1]), store);
        // As the app does at every start: the copy the killed process left becomes this one's to overwrite.
        recovery.find();
        int first = Integer.parseInt(args[2]);
        int last = args.length > 3 ? first + Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        // Autoflush on every line: what was announced is in the pipe before the write begins.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        FileFingerprint onDisk = null;
        for (int n = first; n < last; n++) {
            out.println("recover " + n);
            recovery.write(CrashVersions.version(n), file, onDisk, Instant.now());
            out.println("save " + n);
            onDisk = store.save(CrashVersions.version(n), file);
            out.println("saved " + n);
        }
    }
}
