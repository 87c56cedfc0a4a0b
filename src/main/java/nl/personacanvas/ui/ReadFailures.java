package nl.personacanvas.ui;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import nl.personacanvas.io.WorkbookFormatException;

/**
 * Why a workbook file could not be read, in the user's words, with the line and column when the file itself is at
 * fault. One wording for Open, Import personas and the comparison's "persona from another file": Import used to show
 * the bare reason ("Het bestand houdt te vroeg op") without saying which file or that nothing was imported.
 */
public final class ReadFailures {
    private ReadFailures() {
    }

    public static String reason(Messages messages, Throwable error) {
        if (error instanceof WorkbookFormatException format) {
            String reason = format.describe(messages.locale());
            return format.line() > 0 ? messages.get("error.location", reason, format.line(), format.column()) : reason;
        }
        if (error instanceof NoSuchFileException) {
            return messages.get("error.noSuchFile");
        }
        if (error instanceof AccessDeniedException) {
            return messages.get("error.accessDenied");
        }
        if (error instanceof IOException io) {
            return messages.get("error.io", String.valueOf(io.getMessage()));
        }
        return String.valueOf(error);
    }
}
