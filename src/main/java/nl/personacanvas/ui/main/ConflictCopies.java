package nl.personacanvas.ui.main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import nl.personacanvas.io.SyncConflictCopies;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.PutOffConflictCopy;
import nl.personacanvas.ui.Settings;

/**
 * Says so when a sync client left a conflict copy beside the workbook just opened, and offers to merge it in: a
 * colleague's version is in the copy, not in the file, and nothing else in the window would tell (session 23, rob23).
 * The folder is listed off the FX thread. "Nu niet" is remembered in the settings for those copies as they are (name
 * and last-modified time): opening the workbook again does not ask again, a newer conflict copy does (rob23b).
 */
final class ConflictCopies {
    private final FileTasks tasks;
    private final Supplier<Path> openFile;
    private final DialogService dialogs;
    private final Settings settings;
    private final Messages messages;
    private final StatusLine status;
    private Consumer<Path> merger = copy -> { };

    ConflictCopies(FileTasks tasks, Supplier<Path> openFile, DialogService dialogs, Settings settings, Messages messages,
                   StatusLine status) {
        this.tasks = tasks;
        this.openFile = openFile;
        this.dialogs = dialogs;
        this.settings = settings;
        this.messages = messages;
        this.status = status;
    }

    /** What merges a conflict copy into the open workbook when the user chooses so (the import of personas). */
    void mergeWith(Consumer<Path> merger) {
        this.merger = merger;
    }

    /** Looks beside {@code file}, just opened, and asks about what it finds while the file is still the open one. */
    void lookBeside(Path file) {
        tasks.run(new Task<List<PutOffConflictCopy>>() {
            @Override
            protected List<PutOffConflictCopy> call() {
                return asTheyAre(file, SyncConflictCopies.beside(file));
            }
        }, copies -> {
            if (!copies.isEmpty() && file.equals(openFile.get())) {
                status.show(messages.get("status.openedBesideConflictCopy", file.getFileName()));
                if (!settings.putOffConflictCopies().containsAll(copies)) {
                    ask(file, copies);
                }
            }
        }, error -> { });
    }

    /** Each copy with its last-modified time; one gone meanwhile is left out. */
    private static List<PutOffConflictCopy> asTheyAre(Path file, List<Path> copies) {
        List<PutOffConflictCopy> found = new ArrayList<>();
        for (Path copy : copies) {
            try {
                found.add(new PutOffConflictCopy(file, String.valueOf(copy.getFileName()),
                        Files.getLastModifiedTime(copy).toInstant()));
            } catch (IOException e) {
                System.getLogger(ConflictCopies.class.getName()).log(System.Logger.Level.DEBUG, "Gone: " + copy, e);
            }
        }
        return found;
    }

    private void ask(Path file, List<PutOffConflictCopy> copies) {
        String names = copies.stream().map(c -> "\u2022 " + c.copyName()).collect(Collectors.joining("\n"));
        if (dialogs.confirm(messages.get("conflictCopy.title"), messages.get(copies.size() == 1
                        ? "conflictCopy.one" : "conflictCopy.several", file.getFileName(), names),
                messages.get("conflictCopy.merge"), messages.get("conflictCopy.later"))) {
            merger.accept(copies.get(0).copy());
        } else {
            copies.forEach(settings::putOff);
        }
    }
}
