package nl.personacanvas.ui;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a file dialog starts when no file tells: the user's documents folder, else the home folder. Without a
 * folder the system's chooser opened in the working folder, which from a terminal or a script can be anywhere.
 */
public final class UserFolders {
    /** English systems and Windows name it Documents; a Dutch Linux desktop creates Documenten. */
    private static final String[] DOCUMENTS = {"Documents", "Documenten"};

    private UserFolders() {
    }

    /** The documents folder of the user running the app, or their home folder. */
    public static Path documents() {
        return documents(Path.of(System.getProperty("user.home")));
    }

    /**
     * Where a chooser for a file that belongs with the workbook starts: beside the workbook's file, so related files
     * are found next to it; for a workbook never saved ({@code file} null), the user's documents.
     */
    public static Path besideOrDocuments(Path file) {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent != null && Files.isDirectory(parent) ? parent : documents();
    }

    /** The documents folder under {@code home}, or {@code home} itself when it has none. */
    static Path documents(Path home) {
        for (String name : DOCUMENTS) {
            Path folder = home.resolve(name);
            if (Files.isDirectory(folder)) {
                return folder;
            }
        }
        return home;
    }
}
