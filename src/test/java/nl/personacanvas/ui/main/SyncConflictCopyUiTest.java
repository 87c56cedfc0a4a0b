package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 23 (rob23): two panel members saved twente.pcanvas in a shared Dropbox folder before the sync client had
 * brought one's version to the other; it kept one under the name and the other as a conflict copy beside it. Opening
 * the workbook said only "Geopend: twente.pcanvas", and the colleague's words sat unseen in the copy.
 */
class SyncConflictCopyUiTest extends MainWindowUiTest {
    private static final String COPY = "twente (Ans's conflicted copy 2026-12-01).pcanvas";

    @Override
    protected List<String> startArguments() throws IOException {
        Path twente = ui.copyFixture("twente.pcanvas");
        Files.copy(twente, folder.resolve(COPY));
        Files.copy(twente, folder.resolve("twente oud.pcanvas"));
        return List.of(twente.toString());
    }

    @Test
    void openingAWorkbookWithAConflictCopyBesideItSaysSo() {
        waitUntil(() -> ui.personaNamesInList().size() == 2
                && ui.window.viewModel().status().text().contains("conflictkopie"));
        assertThat(ui.window.viewModel().status().text()).isEqualTo("Geopend: twente.pcanvas. Let op: ernaast staat een"
                + " conflictkopie van een synchronisatieprogramma, " + COPY + ", met een andere versie van het werkboek,"
                + " waarschijnlijk van een collega. Bestand \u203a Persona's importeren\u2026 haalt hun werk erbij.");
    }
}
