package nl.personacanvas.ui.main;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import nl.personacanvas.ui.MainWindowUiTest;
import nl.personacanvas.ui.PutOffConflictCopy;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Session 23 (rob23b): "Nu niet" to a sync client's conflict copy was forgotten, so the question came back at every
 * opening of the workbook while the copy lay beside it. Now it is remembered for that copy as it is; a newer conflict
 * copy of the same name (another last-modified time) asks again.
 */
class ConflictCopyPutOffUiTest extends MainWindowUiTest {
    private static final String COPY = ConflictCopyFixture.COPY;
    private static final String BESIDE = "Geopend: twente.pcanvas (er staat een conflictkopie naast)";

    @Override
    protected List<String> startArguments() throws IOException {
        Path twente = ConflictCopyFixture.workbookWithCopy(ui, folder);
        Files.setLastModifiedTime(folder.resolve(COPY), FileTime.from(Instant.parse("2026-12-01T09:00:00Z")));
        ui.dialogs.confirmAnswer = false; // Nu niet
        return List.of(twente.toString());
    }

    /** Opens twente.pcanvas again and waits until the look beside it has finished (its status line is back). */
    private void openAgain() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ui.window.viewModel().status().show("")).get();
        WaitForAsyncUtils.asyncFx(() -> ui.window.viewModel().files().load(twente())).get();
        waitUntil(() -> BESIDE.equals(ui.window.viewModel().status().text()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void notNowIsRememberedForThatCopyAndANewerCopyAsksAgain() throws Exception {
        waitUntil(() -> !ui.settings.putOffConflictCopies().isEmpty());
        assertThat(ui.dialogs.questions).hasSize(1);
        assertThat(ui.dialogs.questions.get(0)).contains(COPY)
                .endsWith("Nu niet: deze vraag komt pas terug bij een nieuwere conflictkopie.");
        assertThat(ui.settings.putOffConflictCopies()).containsExactly(
                new PutOffConflictCopy(twente(), COPY, Instant.parse("2026-12-01T09:00:00Z")));

        openAgain();
        assertThat(ui.dialogs.questions).as("the same copy, put off: not asked again").hasSize(1);
        assertThat(ui.personaNamesInList()).containsExactlyInAnyOrder("Laura", "Ahmed");

        // The sync client wrote a newer conflict copy under the same name: a colleague saved again.
        Files.setLastModifiedTime(folder.resolve(COPY), FileTime.from(Instant.parse("2026-12-01T11:30:00Z")));
        openAgain();
        assertThat(ui.dialogs.questions).as("a newer copy asks again").hasSize(2);
        assertThat(ui.dialogs.questions.get(1)).contains(COPY);
        assertThat(ui.settings.putOffConflictCopies()).containsExactly(
                new PutOffConflictCopy(twente(), COPY, Instant.parse("2026-12-01T11:30:00Z")));
    }
}
