package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names in the recovery folder ({@link RecoveryFiles}): copy number {@code i} is {@code recovery.pcanvas}, else
 * {@code recovery-i.pcanvas}; beside each its note, and the sort dialog's statements ({@link UnsortedStatements}). A
 * copy number with only statements is work too: the workbook was saved, the statements were not yet added.
 */
final class RecoveryFolder {
    private static final System.Logger LOG = System.getLogger(RecoveryFolder.class.getName());
    private static final String NAME = "recovery";
    private static final Pattern COPY = Pattern.compile(NAME + "(-[1-9][0-9]{0,3})?" + Pattern.quote(WorkbookStore.EXTENSION));
    private static final Pattern STATEMENTS = Pattern.compile("(" + NAME + "(-[1-9][0-9]{0,3})?)"
            + Pattern.quote(".statements.properties"));

    private final Path directory;

    RecoveryFolder(Path directory) {
        this.directory = directory;
    }

    Path copyNumber(int i) {
        return directory.resolve(NAME + (i == 1 ? "" : "-" + i) + WorkbookStore.EXTENSION);
    }

    /** Every copy that holds a workbook or statements, the one kept last first. */
    List<Path> copiesNewestFirst() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(RecoveryFolder::copyOf).flatMap(Optional::stream).distinct()
                    .sorted(Comparator.comparing(RecoveryFolder::newest).reversed()).toList();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot list the recovery folder " + directory, e);
            return List.of();
        }
    }

    /** The copy a file of the recovery folder belongs to: itself, or the copy whose statements it holds. */
    private static Optional<Path> copyOf(Path file) {
        String name = file.getFileName().toString();
        if (COPY.matcher(name).matches()) {
            return Optional.of(file);
        }
        Matcher statements = STATEMENTS.matcher(name);
        return statements.matches()
                ? Optional.of(file.resolveSibling(statements.group(1) + WorkbookStore.EXTENSION))
                : Optional.empty();
    }

    /** When the copy's work was last kept: its workbook's or its statements' time, whichever is later. */
    private static FileTime newest(Path copy) {
        FileTime workbook = modified(copy);
        FileTime statements = modified(UnsortedStatements.of(copy));
        return workbook.compareTo(statements) >= 0 ? workbook : statements;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
