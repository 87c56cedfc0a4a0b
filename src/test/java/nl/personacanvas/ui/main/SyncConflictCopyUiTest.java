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
    void openingAWorkbookWithAConflictCopyBesideItSaysSoAndOffersToMergeIt() {
        waitUntil(() -> ui.personaNamesInList().size() == 2 && !ui.dialogs.questions.isEmpty());
        assertThat(ui.dialogs.questions).containsExactly("Naast twente.pcanvas staat een conflictkopie die een"
                + " synchronisatieprogramma (Dropbox, Nextcloud, Syncthing \u2026) heeft gemaakt:\n\n\u2022 " + COPY + "\n\n"
                + "Daarin staat een andere versie van het werkboek, waarschijnlijk van een collega die tegelijk opsloeg."
                + " Wat alleen daarin staat, zit niet in het bestand dat nu open is.\n\nSamenvoegen toont de verschillen en"
                + " voegt hun werk toe (\u00e9\u00e9n stap die je ongedaan kunt maken); de kopie zelf blijft staan. Later kan"
                + " het via Bestand \u203a Persona's importeren\u2026");
        assertThat(ui.window.viewModel().status().text())
                .isEqualTo("Geopend: twente.pcanvas (er staat een conflictkopie naast)");
    }
}
