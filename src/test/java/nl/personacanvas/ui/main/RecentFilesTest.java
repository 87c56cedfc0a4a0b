package nl.personacanvas.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javafx.collections.ObservableList;
import nl.personacanvas.ui.InMemorySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent files on their own (split29, out of {@link FileCommands}); the UI tests cover them through the menu. */
class RecentFilesTest {
    @TempDir
    Path folder;

    private final InMemorySettings settings = new InMemorySettings();

    @Test
    void startsWithWhatTheSettingsKept() {
        Path earlier = folder.resolve("twente.pcanvas").toAbsolutePath();
        settings.setRecentFiles(List.of(earlier));

        assertThat(new RecentFiles(settings).list()).containsExactly(earlier);
    }

    @Test
    void aFileOpenedOrSavedComesFirstOnceAndItsFolderIsWhereTheNextChooserOpens() {
        Path twente = folder.resolve("twente.pcanvas").toAbsolutePath();
        Path oost = folder.resolve("sub/oost.pcanvas").toAbsolutePath();
        RecentFiles recent = new RecentFiles(settings);
        ObservableList<Path> shown = recent.list();

        recent.remember(twente);
        recent.remember(oost);
        recent.remember(twente);

        assertThat(shown).containsExactly(twente, oost);
        assertThat(settings.recentFiles()).containsExactly(twente, oost);
        assertThat(settings.lastDirectory()).contains(folder.toAbsolutePath());
    }

    @Test
    void theListShownCannotBeChangedButThroughRemember() {
        RecentFiles recent = new RecentFiles(settings);

        assertThatThrownBy(() -> recent.list().add(folder.resolve("x.pcanvas")))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
