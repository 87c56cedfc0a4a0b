package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.value.ObservableValue;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.SaveFailedException;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ReadFailures;

/** The user's words for what went wrong opening or saving a workbook, and for who else has it open. */
final class FileMessages {
    private final Messages messages;

    FileMessages(Messages messages) {
        this.messages = messages;
    }

    String loadError(Path file, Throwable error) {
        return messages.get("error.open.message", file.getFileName(), ReadFailures.reason(messages, error));
    }

    /** Why saving failed, and that the work is still in the window: nothing typed is lost by the failure. */
    String saveError(Path file, Throwable error) {
        String reason = error instanceof SaveFailedException failed ? failed.describe(messages.locale())
                : String.valueOf(error.getMessage());
        return messages.get("error.save.message", file.getFileName(), reason);
    }

    /**
     * Says once, when the recovery copies start failing, that a crash would now cost the unsaved work. Short, as it is
     * also raised as a notification; why it failed (and where) is in the log.
     *
     * <p>A workbook past a bound of the reader is said with what is over, as soon as the autosave after the change
     * finds it: a merge, the sort dialog's notes or a paste of many lines can get there, and the user learns it then,
     * not at the save (where it is refused too). Said again when the problem becomes another one.
     */
    void warnWhenAutosaveFails(ObservableValue<Throwable> failure, StatusLine status) {
        failure.addListener((obs, was, now) -> {
            if (now instanceof SaveFailedException over && over.isOverALimit()) {
                String said = over.describe(messages.locale());
                if (!(was instanceof SaveFailedException before && said.equals(before.describe(messages.locale())))) {
                    status.announce(messages.get("autosave.overLimit", said));
                }
            } else if (now != null && was == null) {
                status.announce(messages.get("autosave.failed"));
            }
        });
    }

    /** Unsaved work found after a crash that this version cannot read: where it was kept, and why. */
    String keptAside(RecoveryFiles.KeptAside kept) {
        return messages.get("restore.kept.message", ReadFailures.reason(messages, kept.why()), kept.file());
    }

    String locked(Path file, WorkbookLock.Owner owner) {
        String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(owner.since().atZone(ZoneId.systemDefault()));
        return messages.get("locked.message", file.getFileName(), owner.user(), owner.machine(), since);
    }
}
