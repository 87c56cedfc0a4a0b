package nl.personacanvas.ui.compare;

import static nl.personacanvas.ui.UiFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.MainWindowUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Issue 6: personas of another workbook file beside this workbook's, read-only. */
class CompareOtherFileUiTest extends MainWindowUiTest {
    @Override
    protected List<String> startArguments() {
        return List.of();
    }

    private Node open(FxRobot robot) {
        waitUntil(() -> ui.window.viewModel().document().workbook().personas().size() >= 3);
        List<String> ids = ui.window.viewModel().document().workbook().personas().stream()
                .filter(p -> List.of("Laura", "Joost").contains(p.name())).map(Persona::id).toList();
        robot.interact(() -> ui.window.comparison().open(ids));
        waitUntil(() -> ui.window.comparison().shown() != null && ui.window.comparison().shown().isShowing());
        return ui.window.comparison().shown().getScene().getRoot();
    }

    @Test
    void addsAPersonaOfAnotherFileBesideTheOthersReadOnly() throws Exception {
        Node root = open(robot);
        Path other = ui.copyFixture("twente.pcanvas");
        Workbook twente = new WorkbookStore(new WorkbookCodec()).load(other);
        Persona first = twente.personas().get(0);
        ui.dialogs.filesToOpen.add(other);

        robot.clickOn("#compare-add-file");
        waitUntil(() -> robot.lookup("#compare-other-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#compare-other-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("twente.pcanvas");
        assertThat(ui.dialogs.openTitles).containsExactly("Persona uit ander werkboek vergelijken");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));

        waitUntil(() -> root.lookup("#compare-persona-2") != null);
        assertThat(((Label) root.lookup("#compare-persona-2")).getText()).isEqualTo(first.name());
        assertThat(((Label) root.lookup("#compare-source-2")).getText()).isEqualTo("uit twente.pcanvas (alleen lezen)");
        assertThat(root.lookup("#compare-source-0")).isNull();
        assertThat(root.lookup("#compare-cell-2-design")).isNotNull();

        String entryId = Arrays.stream(Quadrant.values()).flatMap(q -> first.canvas().entries(q).stream())
                .findFirst().orElseThrow().id();
        robot.doubleClickOn("#compare-cell-2-" + quadrantOf(first, entryId) + " #compare-entry-" + entryId);
        assertThat(root.lookup("#compare-edit")).isNull();
        assertThat(ui.window.viewModel().document().isDirty()).isFalse();
    }

    @Test
    void aFileThatIsNoWorkbookIsReportedInDutch() throws Exception {
        open(robot);
        Path broken = ui.copyFixture("broken.pcanvas");
        ui.dialogs.filesToOpen.add(broken);

        robot.clickOn("#compare-add-file");

        waitUntil(() -> !ui.dialogs.errors.isEmpty());
        // Worded as File > Open words it (session 13): the file, why, and where in it.
        assertThat(ui.dialogs.errors.get(0)).startsWith("broken.pcanvas kan niet worden geopend.")
                .contains("Ongeldige JSON", "(regel 6, kolom 5)");
        robot.clickOn((Node) robot.lookup("#error-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        assertThat(ui.window.comparison().shown().getScene().getRoot().lookup("#compare-persona-2")).isNull();
    }

    private static String quadrantOf(Persona persona, String entryId) {
        for (Quadrant q : Quadrant.values()) {
            if (persona.canvas().entries(q).stream().anyMatch(e -> e.id().equals(entryId))) {
                return q.name().toLowerCase();
            }
        }
        throw new AssertionError(entryId);
    }
}
