package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.ui.Messages;

/** The user's words for what went wrong opening a workbook, and for who else has it open. */
final class FileMessages {
    private final Messages messages;

    FileMessages(Messages messages) {
        this.messages = messages;
    }

    String loadError(Path file, Throwable error) {
        String reason;
        if (error instanceof WorkbookFormatException format) {
            reason = format.describe(messages.locale());
            if (format.line() > 0) {
                reason = messages.get("error.location", reason, format.line(), format.column());
            }
        } else if (error instanceof NoSuchFileException) {
            reason = messages.get("error.noSuchFile");
        } else if (error instanceof IOException io) {
            reason = messages.get("error.io", String.valueOf(io.getMessage()));
        } else {
            reason = String.valueOf(error);
        }
        return messages.get("error.open.message", file.getFileName(), reason);
    }

    String locked(Path file, WorkbookLock.Owner owner) {
        String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(owner.since().atZone(ZoneId.systemDefault()));
        return messages.get("locked.message", file.getFileName(), owner.user(), owner.machine(), since);
    }
}
