package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import nl.personacanvas.io.RecoveryFiles;
import nl.personacanvas.io.SaveFailedException;
import nl.personacanvas.io.WorkbookLock;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.ReadFailures;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.workbook.MovedPersonasMessage;

/** The user's words for what went wrong opening or saving a workbook, and for who else has it open. */
final class FileMessages {
    private final Messages messages;

    FileMessages(Messages messages) {
        this.messages = messages;
    }

    /**
     * "Saved", and who the file holds without a core activity because theirs was removed, when this save is the one
     * that wrote them so (the save mended them, {@code written} is not {@code snapshot}): from now on colleagues
     * opening the file see them so, and the window lists them so. The other mendings (fresh ids, a portrait's type)
     * change nothing a user sees and are not said.
     */
    String saved(Path file, Workbook snapshot, Workbook written) {
        String name = String.valueOf(file.getFileName());
        List<Persona> without = new ArrayList<>();
        if (written != snapshot) {
            // A save mends persona by persona, in order: the lists stand side by side.
            for (int i = 0; i < snapshot.personas().size(); i++) {
                Persona before = snapshot.personas().get(i);
                if (!before.activityId().isEmpty() && written.personas().get(i).activityId().isEmpty()) {
                    without.add(written.personas().get(i));
                }
            }
        }
        if (without.isEmpty()) {
            return messages.get("status.saved", name);
        }
        String names = new MovedPersonasMessage(messages, Shortcuts.shown(Shortcuts.UNDO)).names(without);
        // Named as the list's group and the removal's message name it. It read "…zonder kernactiviteit in: die is
        // verwijderd", which a coordinator could take for the persona deleted (session 29).
        String noActivity = messages.get("personas.noActivity");
        return without.size() == 1 ? messages.get("status.saved.withoutActivity.one", name, names, noActivity)
                : messages.get("status.saved.withoutActivity.many", name, without.size(), names, noActivity);
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

    /** Save as onto a workbook another copy of the app has open: who, and what saving over it does. */
    String lockedSaveAs(Path file, WorkbookLock.Owner owner) {
        String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(owner.since().atZone(ZoneId.systemDefault()));
        return messages.get("locked.saveAs.message", file.getFileName(), owner.user(), owner.machine(), since);
    }

    String locked(Path file, WorkbookLock.Owner owner) {
        String since = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .format(owner.since().atZone(ZoneId.systemDefault()));
        return messages.get("locked.message", file.getFileName(), owner.user(), owner.machine(), since);
    }
}
