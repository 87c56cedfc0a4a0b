package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nl.personacanvas.model.Persona;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 23 (rob23): two panel members saved twente.pcanvas in a shared Dropbox folder before the sync client had
 * brought one's version to the other; it kept one under the name and the other as a conflict copy beside it. Opening
 * the workbook said only "Geopend: twente.pcanvas", and the colleague's words sat unseen in the copy.
 */
class SyncConflictCopyUiTest extends MainWindowUiTest {
    private static final String COPY = ConflictCopyFixture.COPY;
    private byte[] copyBytes;

    @Override
    protected List<String> startArguments() throws IOException {
        Path twente = ConflictCopyFixture.workbookWithCopy(ui, folder);
        copyBytes = Files.readAllBytes(folder.resolve(COPY));
        Files.copy(twente, folder.resolve("twente oud.pcanvas")); // no conflict copy: not named
        ui.dialogs.confirmAnswer = true; // Samenvoegen…
        return List.of(twente.toString());
    }

    @Test
    void openingAWorkbookWithAConflictCopyBesideItAsksAndMergesItAsOneUndoableStep() throws Exception {
        byte[] before = Files.readAllBytes(twente());
        waitUntil(() -> ui.personaNamesInList().contains("Fatima"));
        assertThat(ui.dialogs.questions).containsExactly("Naast twente.pcanvas staat een conflictkopie die een"
                + " synchronisatieprogramma (Dropbox, Nextcloud, Syncthing \u2026) heeft gemaakt:\n\n\u2022 " + COPY + "\n\n"
                + "Daarin staat een andere versie van het werkboek, waarschijnlijk van een collega die tegelijk opsloeg."
                + " Wat alleen daarin staat, zit niet in het bestand dat nu open is.\n\nSamenvoegen toont de verschillen en"
                + " voegt hun werk toe (\u00e9\u00e9n stap die je ongedaan kunt maken); de kopie zelf blijft staan. Later kan"
                + " het via Bestand \u203a Persona's importeren\u2026\n\n"
                + "Nu niet: deze vraag komt pas terug bij een nieuwere conflictkopie.");
        assertThat(ui.personaNamesInList()).containsExactlyInAnyOrder("Laura", "Ahmed", "Fatima");
        assertThat(document().isDirty()).isTrue();
        assertThat(Files.readAllBytes(twente())).isEqualTo(before);
        assertThat(Files.readAllBytes(folder.resolve(COPY))).isEqualTo(copyBytes);

        // The merge's summary is a window of its own; closed, the main window takes Ctrl+Z.
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != robot.lookup("#persona-tree").query().getScene().getWindow()).forEach(Window::hide));
        robot.clickOn("Laura");
        press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        assertThat(ui.personaNamesInList()).containsExactlyInAnyOrder("Laura", "Ahmed");
    }
}
