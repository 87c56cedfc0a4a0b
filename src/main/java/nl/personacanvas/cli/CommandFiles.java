package nl.personacanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import nl.personacanvas.io.FormatProblem;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.model.Workbook;

/**
 * Reading and writing workbook files for the merge and compare commands: a problem becomes one line on
 * standard error ({@code FILE: message}), never a stack trace.
 */
final class CommandFiles {
    static final String BUNDLE = "nl.personacanvas.merge.messages";
    static final int OK = 0;
    static final int BAD_INPUT = 1;

    private final WorkbookStore store;
    private final MergeText text;
    private final PrintWriter err;

    CommandFiles(WorkbookStore store, MergeText text, PrintWriter err) {
        this.store = store;
        this.text = text;
        this.err = err;
    }

    /** The workbook, or empty after the problem was printed. */
    Optional<Workbook> load(Path file) {
        try {
            if (Files.isDirectory(file)) {
                err.println(text.get("command.error.directory", file));
                return Optional.empty();
            }
            return Optional.of(store.load(file));
        } catch (NoSuchFileException e) {
            err.println(text.get("command.error.notFound", file));
        } catch (IOException e) {
            err.println(text.get("command.error.unreadable", file, String.valueOf(e.getMessage())));
        } catch (WorkbookFormatException e) {
            for (FormatProblem p : e.problems()) {
                String place = p.hasLocation() ? file + ":" + p.line() + ":" + p.column() : file.toString();
                err.println(text.get("command.error.format", place, p.describeWithPath(text.locale())));
            }
        }
        return Optional.empty();
    }

    /** Saves atomically; false after the problem was printed. */
    boolean save(Workbook workbook, Path file) {
        try {
            store.save(workbook, file);
            return true;
        } catch (IOException e) {
            err.println(text.get("command.error.write", file, String.valueOf(e.getMessage())));
            return false;
        }
    }
}
