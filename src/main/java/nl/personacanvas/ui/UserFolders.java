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

    /**
     * Where a chooser for a file from elsewhere starts (a panel member's workbook to import, a PDF to save): the folder
     * the user last chose a file in, so the second of five imports starts where the first was found; failing that,
     * beside the workbook's file or in the documents folder. Until session 24 the import and the comparison's choosers
     * started beside the open file only, and for a new workbook in the system's own default (GTK: "Recent").
     */
    public static Path lastOrBeside(Settings settings, Path file) {
        return settings.lastDirectory().filter(Files::isDirectory).orElseGet(() -> besideOrDocuments(file));
    }

    /** Remembers the folder of a file the user chose, where the next chooser starts. */
    public static void remember(Settings settings, Path chosen) {
        Path parent = chosen.toAbsolutePath().getParent();
        if (parent != null) {
            settings.setLastDirectory(parent);
        }
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
