package nl.personacanvas.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.personacanvas.ui.Settings;

/**
 * The workbooks last opened or saved, as File › Recent lists them, kept in the settings together with the folder the
 * next file chooser opens in. The list the menu shows follows each change, so it is never rebuilt from stale settings.
 */
final class RecentFiles {
    private final Settings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    RecentFiles(Settings settings) {
        this.settings = settings;
        files.setAll(settings.recentFiles());
    }

    /** {@code file} was opened or written: first among the recent files, and its folder is where the next chooser opens. */
    void remember(Path file) {
        settings.addRecentFile(file);
        Optional.ofNullable(file.toAbsolutePath().getParent()).ifPresent(settings::setLastDirectory);
        files.setAll(settings.recentFiles());
    }

    /** Most recent first; read-only, as only {@link #remember} changes it. */
    ObservableList<Path> list() {
        return FXCollections.unmodifiableObservableList(files);
    }
}
