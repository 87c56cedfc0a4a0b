package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleIntegerProperty;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.pdf.PosterOptions;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.PaperChoices;
import nl.personacanvas.ui.TestWorkbooks;
import org.junit.jupiter.api.Test;

/**
 * The paper part of the export choices on its own (split29, out of {@link ExportOptionsViewModel}): the number of
 * posters is a plain property here, so the sheets tiling takes are tested without a workbook or a scope.
 */
class ExportPaperViewModelTest {
    private final SimpleIntegerProperty posters = new SimpleIntegerProperty(6);
    private final Clock clock = Clock.fixed(TestWorkbooks.T0, ZoneOffset.UTC);
    private final ExportPaperViewModel paper = new ExportPaperViewModel(posters,
            new ExportTexts(new Messages(Messages.DUTCH)), clock);

    @Test
    void startsOnA4PortraitUntiledWithTheFooterAndItsCheckSummary() {
        assertThat(paper.choices()).isEqualTo(new PaperChoices(PaperSize.A4, false, false, PaperSize.A4, true, true));
        PosterOptions options = paper.posterOptions();
        assertThat(options.tileSheet()).isNull();
        assertThat(options.date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(options.locale()).isEqualTo(Messages.DUTCH);
    }

    @Test
    void theSheetsFollowTheNumberOfPosters() {
        paper.sizeProperty().set(PaperSize.A2);
        paper.tiledProperty().set(true);
        assertThat(paper.tilingSheetsProperty().get()).isEqualTo("8 A4-vellen per posterpagina; 6 posters: 48 vellen");
        posters.set(1);
        assertThat(paper.tilingSheetsProperty().get()).isEqualTo("8 A4-vellen per posterpagina");
        paper.tiledProperty().set(false);
        assertThat(paper.tilingSheetsProperty().get()).as("untiled").isEmpty();
    }

    @Test
    void aTickIsOnlyTakenAtA2AndA1AndGoesAtASmallerSize() {
        paper.tiledProperty().set(true);
        assertThat(paper.tiledProperty().get()).as("no tick at A4").isFalse();
        paper.sizeProperty().set(PaperSize.A1);
        paper.tiledProperty().set(true);
        assertThat(paper.tilingPossibleProperty().get()).isTrue();
        assertThat(paper.posterOptions().tileSheet()).isEqualTo(PaperSize.A4);
        paper.sizeProperty().set(PaperSize.A3);
        assertThat(paper.tiledProperty().get()).as("the tick taken off at A3").isFalse();
    }

    @Test
    void rememberedChoicesComeBackWholeTheTickIncluded() {
        PaperChoices wall = new PaperChoices(PaperSize.A2, true, true, PaperSize.A3, true, false);
        paper.use(wall);
        assertThat(paper.choices()).isEqualTo(wall);

        ExportPaperViewModel next = new ExportPaperViewModel(posters, new ExportTexts(new Messages(Messages.DUTCH)), clock);
        next.copyFrom(paper);
        assertThat(next.choices()).isEqualTo(wall);
        assertThat(next.posterOptions().tileSheet()).isEqualTo(PaperSize.A3);
    }
}
