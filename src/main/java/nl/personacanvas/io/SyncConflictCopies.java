package nl.personacanvas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Conflict copies a sync client left beside a workbook. When two people save the same file on a shared folder before
 * the sync client has brought one's version to the other, Dropbox, Nextcloud, Syncthing and others keep one version
 * under the file's name and put the other beside it under a name of their own ({@code twente (Ans's conflicted copy
 * 2026-12-01).pcanvas}, {@code twente (conflicterende kopie van Ans).pcanvas},
 * {@code twente.sync-conflict-20261201-101010-ABCDEFG.pcanvas}). The app opened the workbook without a word, and a
 * colleague's words sat unseen in the copy (session 23, rob23). Recognised by the workbook's name, then a separator,
 * then a word with "conflict" in it (Dutch and English alike), with the workbook's extension.
 */
public final class SyncConflictCopies {
    private SyncConflictCopies() {
    }

    /** The conflict copies of {@code workbook} in its folder, by name; none when the folder cannot be read. */
    public static List<Path> beside(Path workbook) {
        Path absolute = workbook.toAbsolutePath();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        String extension = (dot > 0 ? name.substring(dot) : "").toLowerCase(Locale.ROOT);
        try (Stream<Path> siblings = Files.list(absolute.getParent())) {
            return siblings.filter(p -> isCopy(p.getFileName().toString().toLowerCase(Locale.ROOT), base, extension)
                            && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // a hint, never a reason not to open the workbook
        }
    }

    private static boolean isCopy(String sibling, String base, String extension) {
        if (!sibling.startsWith(base) || !sibling.endsWith(extension)
                || sibling.length() <= base.length() + extension.length()) {
            return false;
        }
        String between = sibling.substring(base.length(), sibling.length() - extension.length());
        char separator = between.charAt(0);
        return (separator == ' ' || separator == '.' || separator == '-' || separator == '_' || separator == '(')
                && between.contains("conflict");
    }
}
