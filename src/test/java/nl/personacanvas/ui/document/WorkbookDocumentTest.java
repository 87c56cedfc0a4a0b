package nl.personacanvas.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.personacanvas.model.Workbook;
import org.junit.jupiter.api.Test;

class WorkbookDocumentTest {
    private final WorkbookDocument document = new WorkbookDocument();

    @Test
    void typingIntoOneFieldIsOneUndoStep() {
        document.apply("undo.editSchool", "school", wb -> wb.withSchool("R"));
        document.apply("undo.editSchool", "school", wb -> wb.withSchool("RO"));
        document.apply("undo.editSchool", "school", wb -> wb.withSchool("ROC"));

        document.undo();

        assertThat(document.workbook().school()).isEmpty();
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isTrue();
        document.redo();
        assertThat(document.workbook().school()).isEqualTo("ROC");
    }

    @Test
    void anotherFieldOrASealStartsANewStep() {
        document.apply("undo.editSchool", "school", wb -> wb.withSchool("ROC"));
        document.apply("undo.editRegion", "region", wb -> wb.withRegion("Oost"));
        document.sealUndoStep();
        document.apply("undo.editRegion", "region", wb -> wb.withRegion("Oost-NL"));

        document.undo();
        assertThat(document.workbook().region()).isEqualTo("Oost");
        document.undo();
        assertThat(document.workbook().region()).isEmpty();
        assertThat(document.workbook().school()).isEqualTo("ROC");
        assertThat(document.undoLabelProperty().get()).isEqualTo("undo.editSchool");
    }

    @Test
    void stepsWithoutKeyNeverMerge() {
        document.apply("a", null, wb -> wb.withTeam("1"));
        document.apply("a", null, wb -> wb.withTeam("2"));
        document.undo();
        assertThat(document.workbook().team()).isEqualTo("1");
    }

    @Test
    void aNewEditClearsRedo() {
        document.apply("a", null, wb -> wb.withTeam("1"));
        document.undo();
        document.apply("b", null, wb -> wb.withTeam("2"));
        assertThat(document.canRedoProperty().get()).isFalse();
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        document.apply("a", null, wb -> wb);
        assertThat(document.canUndoProperty().get()).isFalse();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void dirtyFollowsWhatIsOnDiskIncludingUndoBackToIt() {
        Workbook loaded = Workbook.empty().withSchool("ROC");
        document.open(loaded, Path.of("a.pcanvas"));
        assertThat(document.isDirty()).isFalse();

        document.apply("a", null, wb -> wb.withRegion("Oost"));
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void savingAnOlderSnapshotKeepsLaterTypingDirty() {
        document.apply("a", null, wb -> wb.withSchool("ROC"));
        Workbook beingSaved = document.workbook();
        document.apply("b", null, wb -> wb.withRegion("Oost"));

        document.markSaved(beingSaved, Path.of("a.pcanvas"));

        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).isEqualTo(Path.of("a.pcanvas"));
    }

    /**
     * Session 21: a save that wrote a mended copy of the workbook (here: the school in capitals stands for any mending)
     * is taken up: the typing done meanwhile is mended alike and stays unsaved; undo of it gives what was written,
     * clean; the step before still gives what it gave.
     */
    @Test
    void aMendedSaveIsTakenUpWithTheTypingDoneMeanwhileAndUndoGoesBackToWhatWasWritten() {
        document.apply("a", null, wb -> wb.withSchool("roc"));
        Workbook beingSaved = document.workbook();
        Workbook written = beingSaved.withSchool("ROC");
        document.apply("b", "region", wb -> wb.withRegion("Oost"));

        document.markSaved(beingSaved, written, wb -> wb.withSchool(wb.school().toUpperCase()), Path.of("a.pcanvas"));

        assertThat(document.workbook().school()).isEqualTo("ROC");
        assertThat(document.workbook().region()).isEqualTo("Oost");
        assertThat(document.isDirty()).isTrue();
        assertThat(document.savedWorkbook()).containsSame(written);
        document.undo();
        assertThat(document.workbook()).isSameAs(written);
        assertThat(document.isDirty()).isFalse();
        document.undo();
        assertThat(document.workbook().school()).isEmpty();
        document.redo();
        assertThat(document.workbook()).isSameAs(written);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void aMendedSaveWithNothingTypedMeanwhileIsTakenUpAsWrittenAndClean() {
        document.apply("a", null, wb -> wb.withSchool("roc"));
        Workbook beingSaved = document.workbook();
        Workbook written = beingSaved.withSchool("ROC");
        List<Workbook> seen = new ArrayList<>();
        document.workbookProperty().addListener((obs, old, now) -> seen.add(now));

        document.markSaved(beingSaved, written, wb -> {
            throw new AssertionError("nothing to mend");
        }, Path.of("a.pcanvas"));

        assertThat(seen).containsExactly(written);
        assertThat(document.isDirty()).isFalse();
        assertThat(document.dirtyProperty().get()).isFalse();
        document.undo();
        assertThat(document.workbook().school()).isEmpty();
    }

    @Test
    void restoredWorkStartsDirtyWithItsFile() {
        document.openUnsaved(Workbook.empty().withSchool("ROC"), Path.of("x.pcanvas"));
        assertThat(document.isDirty()).isTrue();
        assertThat(document.file()).isEqualTo(Path.of("x.pcanvas"));
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    /** The autosaver deletes the recovery copy when the document turns clean; opening must not look like that. */
    @Test
    void openingOverACleanWorkbookNeverReportsItDirtyOnTheWay() {
        List<Boolean> reported = new ArrayList<>();
        document.dirtyProperty().addListener((obs, was, now) -> reported.add(now));

        document.open(Workbook.empty().withSchool("ROC"), null);
        assertThat(reported).isEmpty();

        document.apply("a", null, wb -> wb.withRegion("Oost"));
        document.undo();
        document.openUnsaved(Workbook.empty().withSchool("Verloren"), null);
        assertThat(reported).containsExactly(true, false, true);
        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void historyIsBounded() {
        UndoHistory<Integer> history = new UndoHistory<>(3);
        for (int i = 0; i < 5; i++) {
            history.record("step", null, i);
        }
        assertThat(history.undo(5)).contains(4);
        assertThat(history.undo(4)).contains(3);
        assertThat(history.undo(3)).contains(2);
        assertThat(history.undo(2)).isEmpty();
    }
}
