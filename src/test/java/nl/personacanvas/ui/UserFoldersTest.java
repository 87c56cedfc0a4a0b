package nl.personacanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserFoldersTest {
    @Test
    void theDocumentsFolderWhenThereIsOneElseHome(@TempDir Path home) throws Exception {
        assertThat(UserFolders.documents(home)).isEqualTo(home);
        Files.createDirectory(home.resolve("Documenten"));
        assertThat(UserFolders.documents(home)).isEqualTo(home.resolve("Documenten"));
        Files.createDirectory(home.resolve("Documents"));
        assertThat(UserFolders.documents(home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void aFileNamedDocumentsIsNoFolder(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("Documents"), "not a folder");
        assertThat(UserFolders.documents(home)).isEqualTo(home);
    }
}
