package nl.personacanvas.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the app remembers between runs. The desktop uses java.util.prefs; tests use memory. */
public interface Settings {
    int MAX_RECENT_FILES = 8;
    /** Enough for every workbook a panel member keeps in a synced folder; the oldest answers go first. */
    int MAX_PUT_OFF_CONFLICT_COPIES = 32;

    Locale language();

    void setLanguage(Locale language);

    /** Most recent first. */
    List<Path> recentFiles();

    void setRecentFiles(List<Path> files);

    /** Puts {@code file} first in the recent files, dropping duplicates and the oldest beyond the limit. */
    default void addRecentFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> list = new java.util.ArrayList<>(recentFiles());
        list.remove(absolute);
        list.add(0, absolute);
        setRecentFiles(list.subList(0, Math.min(list.size(), MAX_RECENT_FILES)));
    }

    Optional<WindowBounds> windowBounds();

    void setWindowBounds(WindowBounds bounds);

    /** Where the last file was opened or saved, the file choosers' starting folder. */
    Optional<Path> lastDirectory();

    void setLastDirectory(Path directory);

    /** The export dialog's paper and footer choices of the last export, preview or print. */
    Optional<PaperChoices> paperChoices();

    void setPaperChoices(PaperChoices choices);

    /** The conflict copies the user said "Nu niet" to, most recent first. */
    List<PutOffConflictCopy> putOffConflictCopies();

    void setPutOffConflictCopies(List<PutOffConflictCopy> copies);

    /**
     * Remembers "Nu niet" for {@code copy}, first, dropping the answer about an older copy of that name beside that
     * workbook and the oldest beyond the limit.
     */
    default void putOff(PutOffConflictCopy copy) {
        List<PutOffConflictCopy> list = new java.util.ArrayList<>(putOffConflictCopies());
        list.removeIf(c -> c.workbook().equals(copy.workbook()) && c.copyName().equals(copy.copyName()));
        list.add(0, copy);
        setPutOffConflictCopies(list.subList(0, Math.min(list.size(), MAX_PUT_OFF_CONFLICT_COPIES)));
    }
}
