package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Workbook;

/**
 * What a window starts with, looked up off the FX thread before it is built: recovered work, if any, and, when
 * there is none, the file given (a double-clicked workbook) or else the default sample, already read. With the
 * workbook in hand the window shows it from its first frame, instead of an empty window that fills one read later.
 *
 * @param sample the default sample, or null when a file argument was read here or it could not be read here (the
 *               window then reads it the usual way and reports the error); also read when the file argument could
 *               not be, and when there is recovered work to offer, so that the window shows it, not an empty
 *               workbook with its required fields in red, behind the error or the question
 * @param file   the file argument as read, or null when there is none, there is recovered work to offer first, or
 *               it could not be read here (the window then reads it again over the sample and says why)
 */
public record InitialContent(Optional<RecoveryFiles.Recovered> recovered, Workbook sample, ReadFile file) {

    /** A workbook file read ahead: what it held, and who else has it open, if anyone (the window asks then). */
    public record ReadFile(Path path, WorkbookStore.Loaded loaded, Optional<WorkbookLock.Owner> holder) {
    }

    /** Blocking: reads the recovery folder and maybe the file given or the sample; call it off the FX thread. */
    public static InitialContent lookUp(RecoveryFiles recovery, SampleWorkbooks samples, WorkbookStore store,
                                        List<String> arguments) {
        Optional<RecoveryFiles.Recovered> recovered = recovery.find();
        if (recovered.isPresent()) {
            return new InitialContent(recovered, defaultSample(samples), null);
        }
        if (!arguments.isEmpty()) {
            ReadFile file = readAhead(store, arguments.get(0));
            if (file != null) {
                return new InitialContent(recovered, null, file);
            }
        }
        return new InitialContent(recovered, defaultSample(samples), null);
    }

    private static Workbook defaultSample(SampleWorkbooks samples) {
        return samples.list().isEmpty() ? null : samples.load(samples.defaultSample());
    }

    private static ReadFile readAhead(WorkbookStore store, String argument) {
        try {
            Path file = Path.of(argument);
            return new ReadFile(file, store.loadTracked(file),
                    WorkbookLock.heldByOther(file, WorkbookLock.Owner.current(Clock.systemUTC())));
        } catch (IOException | WorkbookFormatException | InvalidPathException e) {
            return null;
        }
    }
}
