package nl.personacanvas.ui.main;

import java.util.List;
import java.util.Optional;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.SampleWorkbooks;
import nl.personacanvas.model.Workbook;

/**
 * What a window starts with, looked up off the FX thread before it is built: recovered work, if any, and, when
 * there is none and no file to open, the default sample already read. With the sample in hand the window
 * shows it from its first frame, instead of an empty window that fills one read later.
 *
 * @param sample the default sample, or null when it is not the start (recovered work, a file argument) or could
 *               not be read here (the window then reads it the usual way and reports the error)
 */
public record InitialContent(Optional<RecoveryFiles.Recovered> recovered, Workbook sample) {

    /** Blocking: reads the recovery folder and maybe the sample; call it off the FX thread. */
    public static InitialContent lookUp(RecoveryFiles recovery, SampleWorkbooks samples, List<String> arguments) {
        Optional<RecoveryFiles.Recovered> recovered = recovery.find();
        if (recovered.isPresent() || !arguments.isEmpty() || samples.list().isEmpty()) {
            return new InitialContent(recovered, null);
        }
        return new InitialContent(recovered, samples.load(samples.defaultSample()));
    }
}
