package nl.personacanvas.cli;

import java.io.IOException;
import java.nio.file.Path;
import nl.personacanvas.pdf.ExportResult;
import nl.personacanvas.pdf.TargetNotWritableException;

/**
 * One PDF written for a command and said so: the "written" line and its warnings, or why the file could not be
 * written, so that every command that writes a single PDF reports it alike.
 */
final class PdfFileOutput {

    /** The writing itself, from the command's own data and PDF writer. */
    interface Job {
        ExportResult write() throws IOException;
    }

    private PdfFileOutput() {
    }

    static int write(CliContext context, Path pdf, Job job) {
        try {
            ExportResult result = job.write();
            context.out().println(context.msg("export.written", pdf, result.pages(), result.posters()));
            WarningLines.of(result.warnings(), context.locale(), context::msg).forEach(context.err()::println);
            return ExitCodes.OK;
        } catch (TargetNotWritableException e) {
            context.err().println(e.describe(context.locale()));
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            context.err().println(pdf + ": " + context.msg("export.error.write", String.valueOf(e.getMessage())));
            return ExitCodes.BAD_INPUT;
        }
    }
}
