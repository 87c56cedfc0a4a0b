package nl.personacanvas.ui.document;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.UiFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Never lose work: what autosave kept after a crash is offered at the next start and can be saved. */
@ExtendWith(ApplicationExtension.class)
class RestoreUiTest {
    @TempDir
    Path folder;
    private UiFixture ui;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        ui = new UiFixture(folder);
        file = ui.copyFixture("twente.pcanvas");
        ui.start(stage, List.of(file.toString()));
    }

    @AfterEach
    void stop() {
        ui.executor.shutdown();
    }

    private WorkbookDocument document() {
        return ui.window.viewModel().document();
    }

    @Test
    void workLeftInTheRecoveryFileIsOfferedRestoredAndSaved(FxRobot robot) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.clickOn("#persona-new");
        robot.doubleClickOn("#canvas-name").push(KeyCode.CONTROL, KeyCode.A).write("Hanna");
        robot.clickOn("#add-attitude").write("Veerkrachtig");
        robot.interact(() -> ui.window.autosaver().writeNow());
        waitUntil(() -> ui.recovery.find().isPresent());
        Workbook unsaved = document().workbook();

        // The crash: the first window never closes cleanly. The next start finds the copy.
        ui.dialogs.confirmAnswer = true;
        robot.interact(() -> ui.start(new Stage(), List.of(file.toString())));

        waitUntil(() -> document().workbook().equals(unsaved));
        assertThat(ui.dialogs.questions).last().asString()
                .contains("twente.pcanvas")
                .contains("3 persona's met samen 9 notities");
        assertThat(document().isDirty()).isTrue();
        assertThat(document().file()).isEqualTo(file.toAbsolutePath());
        assertThat(ui.window.viewModel().titleProperty().get()).startsWith("• twente.pcanvas");

        robot.interact(() -> ui.window.viewModel().files().save(() -> { }));
        waitUntil(() -> !document().isDirty());
        Persona hanna = ui.store.load(file).personas().stream()
                .filter(p -> p.name().equals("Hanna")).findFirst().orElseThrow();
        assertThat(hanna.canvas().allEntries()).extracting(e -> e.text()).containsExactly("Veerkrachtig");
        waitUntil(() -> ui.recovery.find().isEmpty());
    }

    @Test
    void savingRestoredWorkNoticesThatTheFileChangedMeanwhile(FxRobot robot) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        robot.interact(() -> document().apply("rename", null, wb -> wb.withSchool("Mijn versie")));
        robot.interact(() -> ui.window.autosaver().writeNow());
        waitUntil(() -> ui.recovery.find().isPresent());
        assertThat(ui.recovery.find().orElseThrow().sourceFingerprint()).isNotNull();
        // While the app is down, a colleague saves the same file.
        ui.store.save(ui.store.load(file).withSchool("Collega"), file);

        ui.dialogs.confirmAnswer = true;
        robot.interact(() -> ui.start(new Stage(), List.of(file.toString())));
        waitUntil(() -> "Mijn versie".equals(document().workbook().school()));
        int asked = ui.dialogs.questions.size();
        robot.interact(() -> ui.window.viewModel().files().save(() -> { }));

        waitUntil(() -> ui.dialogs.questions.size() > asked);
        assertThat(ui.dialogs.questions).last().asString().contains("twente.pcanvas");
        assertThat(ui.store.load(file).school()).isEqualTo("Collega");
        assertThat(document().isDirty()).isTrue();
    }

    @Test
    void decliningTheOfferOpensTheFileAndDropsTheCopy(FxRobot robot) throws Exception {
        waitUntil(() -> ui.personaNamesInList().size() == 2);
        ui.recovery.write(TestWorkbooks.twoPersonas().withSchool("Verloren"), null, null, TestWorkbooks.T0);
        ui.dialogs.confirmAnswer = false;

        robot.interact(() -> ui.start(new Stage(), List.of(file.toString())));

        waitUntil(() -> ui.dialogs.questions.size() == 1 && document().file() != null);
        assertThat(ui.dialogs.questions.get(0)).contains("Verloren").contains("2 persona's met samen 5 notities");
        assertThat(document().workbook().school()).isEqualTo("Testcollege Oost");
        waitUntil(() -> ui.recovery.find().isEmpty());
    }
}
