package nl.personacanvas.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import nl.personacanvas.io.FormatProblem;
import nl.personacanvas.io.WorkbookFormatException;
import nl.personacanvas.model.Workbook;

/**
 * Loads workbook files for commands, reporting what is wrong as one line per problem on standard error,
 * compiler-style: {@code FILE:LINE:COLUMN: message} or {@code FILE: message}.
 */
final class WorkbookInput {
    private final CliContext context;

    WorkbookInput(CliContext context) {
        this.context = context;
    }

    /** The workbook, or empty after its problems were printed. */
    Optional<Workbook> load(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            report(name, context.msg("io.isDirectory"));
            return Optional.empty();
        }
        try {
            return Optional.of(context.store().load(file));
        } catch (NoSuchFileException e) {
            report(name, context.msg("io.notFound"));
        } catch (AccessDeniedException e) {
            report(name, context.msg("io.unreadable"));
        } catch (IOException e) {
            report(name, context.msg("io.error", String.valueOf(e.getMessage())));
        } catch (WorkbookFormatException e) {
            for (FormatProblem p : e.problems()) {
                String place = p.hasLocation() ? name + ":" + p.line() + ":" + p.column() : name;
                report(place, p.describeWithPath(context.locale()));
            }
        }
        return Optional.empty();
    }

    private void report(String place, String message) {
        context.err().println(place + ": " + message);
    }
}
