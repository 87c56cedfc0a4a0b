package nl.personacanvas.ui.document;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;

/**
 * Session 18 (rob18): bad luck with the recovery folder. A copy this version cannot read was deleted without a word;
 * a recovery folder that cannot be written was only logged, so the user went on typing unprotected.
 */
class RecoveryTroubleUiTest extends MainWindowUiTest {

    @Test
    void aRecoveryCopyFromANewerVersionIsKeptAndTheUserIsToldWhere() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        // A newer version of the app crashed with unsaved work; this older version starts next.
        ui.recovery.write(Workbook.empty().withSchool("Werk uit de nieuwere versie"), null, null, Instant.EPOCH);
        Path copy = folder.resolve("recovery/recovery.pcanvas");
        String newer = Files.readString(copy).replaceFirst("\"schemaVersion\" *: *\\d+", "\"schemaVersion\": 99");
        Files.writeString(copy, newer);

        robot.interact(() -> ui.start(new Stage(), List.of(twente().toString())));

        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(((javafx.scene.control.Labeled) dialog.getContent()).getText()).isEqualTo(ui.dialogs.errors.get(0));
        assertThat(ui.dialogs.errors.get(0)).contains("deze versie kan het niet lezen", "nieuwere versie",
                "Het is niet weggegooid", folder.resolve("recovery").toString());
        try (Stream<Path> files = Files.list(folder.resolve("recovery"))) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("unreadable-")
                    && p.getFileName().toString().endsWith(".pcanvas")).findFirst().orElseThrow();
            assertThat(kept).hasContent(newer);
            assertThat(ui.dialogs.errors.get(0)).contains(kept.toString());
        }
        robot.clickOn((Node) dialog.lookupButton(ButtonType.OK));
        waitUntil(() -> twente().toAbsolutePath().equals(document().file()));
    }

    @Test
    void aRecoveryFolderThatCannotBeWrittenIsSaidInTheStatusBarOnce() throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        Path recoveryFolder = folder.resolve("recovery");
        Files.writeString(recoveryFolder, "a file where the folder should be");
        robot.clickOn("Laura");
        robot.clickOn("#canvas-role").push(KeyCode.END).write(" in Duitsland");
        robot.interact(() -> ui.window.autosaver().writeNow());

        waitUntil(() -> robot.lookup("#status-message").queryAs(Labeled.class).getText().contains("herstelkopie"));
        assertThat(robot.lookup("#status-message").queryAs(Labeled.class).getText())
                .isEqualTo("Let op: er kan geen herstelkopie van je werk worden bewaard. Sla je werk op om het te bewaren.");
        assertThat(document().isDirty()).isTrue();
    }
}
