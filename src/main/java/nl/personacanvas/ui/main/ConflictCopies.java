package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import nl.personacanvas.io.SyncConflictCopies;
import nl.personacanvas.ui.DialogService;
import nl.personacanvas.ui.Messages;

/**
 * Says so when a sync client left a conflict copy beside the workbook just opened, and offers to merge it in: a
 * colleague's version is in the copy, not in the file, and nothing else in the window would tell (session 23, rob23).
 * The folder is listed off the FX thread.
 */
final class ConflictCopies {
    private final FileTasks tasks;
    private final Supplier<Path> openFile;
    private final DialogService dialogs;
    private final Messages messages;
    private final StatusLine status;
    private Consumer<Path> merger = copy -> { };

    ConflictCopies(FileTasks tasks, Supplier<Path> openFile, DialogService dialogs, Messages messages, StatusLine status) {
        this.tasks = tasks;
        this.openFile = openFile;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
    }

    /** What merges a conflict copy into the open workbook when the user chooses so (the import of personas). */
    void mergeWith(Consumer<Path> merger) {
        this.merger = merger;
    }

    /** Looks beside {@code file}, just opened, and asks about what it finds while the file is still the open one. */
    void lookBeside(Path file) {
        tasks.run(new Task<List<Path>>() {
            @Override
            protected List<Path> call() {
                return SyncConflictCopies.beside(file);
            }
        }, copies -> {
            if (!copies.isEmpty() && file.equals(openFile.get())) {
                ask(file, copies);
            }
        }, error -> { });
    }

    private void ask(Path file, List<Path> copies) {
        status.show(messages.get("status.openedBesideConflictCopy", file.getFileName()));
        String names = copies.stream().map(c -> "\u2022 " + c.getFileName()).collect(Collectors.joining("\n"));
        if (dialogs.confirm(messages.get("conflictCopy.title"), messages.get(copies.size() == 1
                        ? "conflictCopy.one" : "conflictCopy.several", file.getFileName(), names),
                messages.get("conflictCopy.merge"), messages.get("conflictCopy.later"))) {
            merger.accept(copies.get(0));
        }
    }
}
