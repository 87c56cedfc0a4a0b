package nl.personacanvas.ui.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removing a core activity keeps its personas, which then name an activity the workbook lacks: a rule of the
 * reader (a persona's activity is one of the workbook's). Saved like that, the file used to be refused on the next
 * open. The save writes those personas without an activity, as the window lists them, and the file opens.
 */
class RemovedActivitySaveTest {
    @TempDir
    Path dir;

    @Test
    void aWorkbookSavedAfterRemovingAnActivityItsPersonasWorkOnOpensWithThosePersonasWithoutAnActivity() throws Exception {
        WorkbookDocument document = new WorkbookDocument();
        document.open(TestWorkbooks.twoPersonas(), null);
        WorkbookPageViewModel page = new WorkbookPageViewModel(document, CompetencyMatrix.loadBundled().activities(),
                new Messages(Messages.DUTCH), message -> { });
        page.removeActivity(page.activities().get(0));
        Workbook inWindow = document.workbook();
        assertThat(inWindow.persona("p-laura").orElseThrow().activityId()).as("kept in the window, for undo").isEqualTo("k-stage");

        WorkbookStore store = new WorkbookStore(new WorkbookCodec());
        Path file = dir.resolve("team.pcanvas");
        store.save(inWindow, file);
        Workbook opened = store.load(file);

        assertThat(opened.activities()).extracting(CoreActivity::id).containsExactly("k-klas");
        assertThat(opened.personas()).extracting(Persona::name).containsExactly("Laura", "Ahmed");
        assertThat(opened.persona("p-laura").orElseThrow().activityId()).isEmpty();
        assertThat(opened.persona("p-ahmed").orElseThrow().activityId()).isEqualTo("k-klas");
        assertThat(opened.persona("p-laura").orElseThrow().canvas()).isEqualTo(inWindow.persona("p-laura").orElseThrow().canvas());
    }
}
