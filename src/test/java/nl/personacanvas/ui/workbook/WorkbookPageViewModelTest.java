package nl.personacanvas.ui.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;

class WorkbookPageViewModelTest {

    @Test
    void fieldsFollowTheDocumentAndWriteThroughAsOneStepPerField() {
        WorkbookDocument document = new WorkbookDocument();
        document.open(TestWorkbooks.twoPersonas(), null);
        WorkbookPageViewModel page = new WorkbookPageViewModel(document);
        assertThat(page.schoolProperty().get()).isEqualTo("Testcollege");
        assertThat(page.activities()).hasSize(2);

        page.schoolProperty().set("Testcollege O");
        page.schoolProperty().set("Testcollege Oost");
        page.definitionProperty().set("Nieuwe definitie");

        assertThat(document.workbook().school()).isEqualTo("Testcollege Oost");
        document.undo();
        assertThat(page.definitionProperty().get()).isEqualTo("Definitie");
        document.undo();
        assertThat(page.schoolProperty().get()).isEqualTo("Testcollege");
    }
}
