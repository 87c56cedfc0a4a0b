package nl.personacanvas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Session 23 (rob23): the conflict copies sync clients leave beside a workbook are found by their names. */
class SyncConflictCopiesTest {
    @TempDir
    Path dir;

    @Test
    void theCopiesOfDropboxNextcloudAndSyncthingAreFoundAndNothingElse() throws Exception {
        Path workbook = dir.resolve("twente 🌍 عائشة.pcanvas");
        for (String name : new String[] {"twente 🌍 عائشة.pcanvas", "twente 🌍 عائشة.pcanvas.bak",
                "twente 🌍 عائشة (Ans's conflicted copy 2026-12-01).pcanvas",
                "twente 🌍 عائشة (conflicterende kopie van Ans 2026-12-01).pcanvas",
                "twente 🌍 عائشة (conflicted copy 2026-12-01 101010).pcanvas",
                "twente 🌍 عائشة.sync-conflict-20261201-101010-ABCDEFG.pcanvas",
                "twente 🌍 عائشة oud.pcanvas", "twente 🌍 عائشة (conflicted copy).pdf", "twente.pcanvas",
                "conflict twente 🌍 عائشة.pcanvas"}) {
            Files.writeString(dir.resolve(name), "{}");
        }
        assertThat(SyncConflictCopies.beside(workbook)).map(p -> p.getFileName().toString()).containsExactly(
                "twente 🌍 عائشة (Ans's conflicted copy 2026-12-01).pcanvas",
                "twente 🌍 عائشة (conflicted copy 2026-12-01 101010).pcanvas",
                "twente 🌍 عائشة (conflicterende kopie van Ans 2026-12-01).pcanvas",
                "twente 🌍 عائشة.sync-conflict-20261201-101010-ABCDEFG.pcanvas");
    }

    @Test
    void aFolderThatCannotBeListedGivesNone() {
        assertThat(SyncConflictCopies.beside(dir.resolve("weg").resolve("twente.pcanvas"))).isEmpty();
    }
}
