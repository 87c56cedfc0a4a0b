package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.ExportNames;
import nl.personacanvas.ui.TestWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * Which personas a scope names, and why none, without a dialog or JavaFX (split29, out of
 * {@link ExportOptionsViewModel}; {@link ExportOptionsViewModelTest} covers the same through the view-model's bindings).
 */
class PersonaChoiceTest {
    private final Workbook workbook = TestWorkbooks.twoPersonas();

    private PersonaChoice choice(ExportScope scope, String current, Set<String> chosen, String activity) {
        return new PersonaChoice(workbook, scope, current, chosen, activity);
    }

    private static List<String> names(List<Persona> personas) {
        return personas.stream().map(Persona::name).toList();
    }

    @Test
    void theCurrentPersonaIsTheOneOpenAndNoneWhenItIsNotInTheWorkbook() {
        assertThat(names(choice(ExportScope.CURRENT, "p-ahmed", Set.of(), null).personas())).containsExactly("Ahmed");
        assertThat(choice(ExportScope.CURRENT, "p-ahmed", Set.of(), null).problemKey(false)).isEmpty();

        assertThat(choice(ExportScope.CURRENT, null, Set.of(), null).problemKey(false)).contains("problem.noCurrent");
        PersonaChoice deleted = choice(ExportScope.CURRENT, "p-gone", Set.of(), null);
        assertThat(deleted.personas()).isEmpty();
        assertThat(deleted.problemKey(false)).contains("problem.noCurrent");
    }

    @Test
    void tickedPersonasComeInWorkbookOrderAndNoneTickedIsAProblem() {
        assertThat(names(choice(ExportScope.SELECTED, null, Set.of("p-ahmed", "p-laura"), null).personas()))
                .containsExactly("Laura", "Ahmed");
        assertThat(choice(ExportScope.SELECTED, null, Set.of(), null).problemKey(false)).contains("problem.noneChosen");
    }

    @Test
    void anActivityNamesItsPersonasAndSaysWhenItHasNoneOrIsUnknown() {
        assertThat(names(choice(ExportScope.ACTIVITY, null, Set.of(), "k-stage").personas())).containsExactly("Laura");
        assertThat(choice(ExportScope.ACTIVITY, null, Set.of(), null).problemKey(false)).contains("problem.noActivity");
        assertThat(choice(ExportScope.ACTIVITY, null, Set.of(), "k-weg").personas()).isEmpty();
        assertThat(choice(ExportScope.ACTIVITY, null, Set.of(), "k-weg").problemKey(false)).contains("problem.noActivity");
        PersonaChoice emptied = new PersonaChoice(workbook.removePersona("p-laura"), ExportScope.ACTIVITY, null,
                Set.of(), "k-stage");
        assertThat(emptied.problemKey(false)).contains("problem.emptyActivity");
    }

    @Test
    void everyPersonaAndTheReportTakeTheWholeWorkbookAndTheReportIsOneFile() {
        assertThat(names(choice(ExportScope.ALL, null, Set.of(), null).personas())).containsExactly("Laura", "Ahmed");
        assertThat(choice(ExportScope.REPORT, null, Set.of(), null).personas()).hasSize(2);
        assertThat(choice(ExportScope.REPORT, null, Set.of(), null).problemKey(false)).isEmpty();
        assertThat(choice(ExportScope.REPORT, null, Set.of(), null).problemKey(true)).contains("problem.reportIsOneFile");
        assertThat(choice(ExportScope.ALL, null, Set.of(), null).problemKey(true)).as("posters may go one per file")
                .isEmpty();
        assertThat(new PersonaChoice(Workbook.empty(), ExportScope.ALL, null, Set.of(), null).problemKey(false))
                .contains("problem.noPersonas");
    }

    @Test
    void theNameIsThePersonaOrTheSchoolsPostersOrReport() {
        ExportNames dutch = new ExportNames(Locale.forLanguageTag("nl"));
        assertThat(choice(ExportScope.CURRENT, "p-laura", Set.of(), null).name(dutch)).isEqualTo("Laura");
        assertThat(choice(ExportScope.CURRENT, null, Set.of(), null).name(dutch)).isEqualTo(dutch.workbook(workbook));
        assertThat(choice(ExportScope.SELECTED, null, Set.of("p-laura"), null).name(dutch)).isEqualTo("Posters Testcollege");
        assertThat(choice(ExportScope.REPORT, null, Set.of(), null).name(dutch)).isEqualTo("Werkboekrapport Testcollege");
    }
}
