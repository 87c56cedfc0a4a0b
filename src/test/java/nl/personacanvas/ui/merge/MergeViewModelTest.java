package nl.personacanvas.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import nl.personacanvas.merge.Choice;
import nl.personacanvas.merge.Difference;
import nl.personacanvas.model.Entry;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.ui.TestWorkbooks;
import nl.personacanvas.ui.document.WorkbookDocument;
import org.junit.jupiter.api.Test;

class MergeViewModelTest {
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final WorkbookDocument document = new WorkbookDocument();
    private final Workbook mine = TestWorkbooks.twoPersonas();

    @Test
    void onlyAdditionsNeedNoChoicesAndAreOneUndoStep() {
        document.open(mine, Path.of("mine.pcanvas"));
        Workbook theirs = mine.addPersona(Persona.create("Noor", "", "k-stage", Instant.EPOCH));
        MergeViewModel vm = new MergeViewModel(document, DUTCH, theirs, "noor.pcanvas");

        assertThat(vm.needsChoices()).isFalse();
        assertThat(vm.apply()).anyMatch(l -> l.contains("Noor"));
        assertThat(document.workbook().personas()).extracting(Persona::name).contains("Noor");
        document.undo();
        assertThat(document.workbook()).isEqualTo(mine);
    }

    @Test
    void aChangedEntryStartsAtKeepBothAndFollowsTheChoice() {
        document.open(mine, Path.of("mine.pcanvas"));
        Workbook theirs = mine.updatePersona("p-laura", p -> p.withCanvas(p.canvas().replace(
                new Entry("e-d1", "Stageopdrachten met leerdoelen", java.util.List.of(), ""))));
        MergeViewModel vm = new MergeViewModel(document, DUTCH, theirs, "b.pcanvas");
        Difference changed = vm.plan().differences().get(0);

        assertThat(vm.needsChoices()).isTrue();
        assertThat(vm.choice(changed).get()).isEqualTo(Choice.BOTH);
        vm.choice(changed).set(Choice.THEIRS);
        vm.apply();

        assertThat(document.workbook().persona("p-laura").orElseThrow().canvas().find("e-d1").orElseThrow().text())
                .isEqualTo("Stageopdrachten met leerdoelen");
        assertThat(document.workbook().persona("p-laura").orElseThrow().canvas().allEntries()
                .map(Entry::text)).doesNotContain("Stageopdrachten");
    }

    /**
     * Session 24 (journey24): a panel's file imported into a new workbook asked about School, Regio and Team, where
     * the new workbook's fields were empty. Those take theirs without a question; a field holding text is still asked.
     */
    @Test
    void aFieldOnlyTheyFilledInIsTakenWithoutAQuestion() {
        document.open(Workbook.empty(), null);
        Workbook panel = mine.withSchool("ROC Rivierenland").withRegion("Gelderland").withTeam("Panel Zorg");
        MergeViewModel vm = new MergeViewModel(document, DUTCH, panel, "panel-zorg.pcanvas");

        assertThat(vm.plan().workbookQuestions()).isEmpty();
        assertThat(vm.needsChoices()).isFalse();
        vm.apply();
        assertThat(document.workbook().school()).isEqualTo("ROC Rivierenland");
        assertThat(document.workbook().region()).isEqualTo("Gelderland");
        assertThat(document.workbook().team()).isEqualTo("Panel Zorg");

        MergeViewModel second = new MergeViewModel(document, DUTCH, panel.withTeam("Panel Techniek").withRegion(""),
                "panel-techniek.pcanvas");
        assertThat(second.plan().workbookQuestions()).extracting(d -> d.field().key()).containsExactly("team");
        assertThat(second.needsChoices()).isTrue();
    }
}
