package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.TestWorkbooks;
import org.junit.jupiter.api.Test;

class ExportOptionsViewModelTest {
    private final SimpleObjectProperty<Workbook> workbook = new SimpleObjectProperty<>(TestWorkbooks.twoPersonas());
    private final SimpleStringProperty current = new SimpleStringProperty();
    private final Clock clock = Clock.fixed(TestWorkbooks.T0, ZoneOffset.UTC);
    private final ExportOptionsViewModel options = new ExportOptionsViewModel(workbook, current,
            new ExportTexts(new Messages(Messages.DUTCH)), clock);

    private static java.util.List<String> names(java.util.List<Persona> personas) {
        return personas.stream().map(Persona::name).toList();
    }

    @Test
    void theCurrentPersonaNeedsOneChosenInTheList() {
        assertThat(options.problemProperty().get()).startsWith("Kies eerst een persona");
        assertThat(options.personas()).isEmpty();
        assertThatThrownBy(options::request).isInstanceOf(IllegalStateException.class);

        current.set("p-ahmed");
        assertThat(options.problemProperty().get()).isNull();
        assertThat(names(options.personas())).containsExactly("Ahmed");
        assertThat(options.suggestedName()).isEqualTo("Ahmed");
        assertThat(options.suggestedFileName()).isEqualTo("Ahmed A4");
    }

    @Test
    void chosenPersonasComeInWorkbookOrder() {
        options.scopeProperty().set(ExportScope.SELECTED);
        assertThat(options.problemProperty().get()).isEqualTo("Vink minstens één persona aan.");
        options.chosenIds().add("p-ahmed");
        options.chosenIds().add("p-laura");
        assertThat(options.problemProperty().get()).isNull();
        assertThat(names(options.request().personas())).containsExactly("Laura", "Ahmed");
        assertThat(options.suggestedFileName()).isEqualTo("Posters Testcollege A4");
        options.sizeProperty().set(PaperSize.A2);
        options.landscapeProperty().set(true);
        options.tiledProperty().set(true);
        assertThat(options.suggestedFileName()).as("the same posters for the wall get a name of their own")
                .isEqualTo("Posters Testcollege A2 liggend in A4-tegels");
    }

    /** Session 16: the dialog did not say how many sheets tiling makes; a coordinator learnt it at the printer. */
    @Test
    void tilingSaysHowManySheetsItMakes() {
        options.scopeProperty().set(ExportScope.ALL);
        assertThat(options.tilingSheetsProperty().get()).as("untiled").isEmpty();
        options.sizeProperty().set(PaperSize.A2);
        options.tiledProperty().set(true);
        assertThat(options.tilingSheetsProperty().get()).isEqualTo("8 A4-vellen per posterpagina; 2 posters: 16 vellen");
        options.tileSheetProperty().set(PaperSize.A3);
        assertThat(options.tilingSheetsProperty().get()).isEqualTo("4 A3-vellen per posterpagina; 2 posters: 8 vellen");
        options.scopeProperty().set(ExportScope.CURRENT);
        current.set("p-laura");
        assertThat(options.tilingSheetsProperty().get()).isEqualTo("4 A3-vellen per posterpagina");
        options.sizeProperty().set(PaperSize.A3);
        assertThat(options.tilingSheetsProperty().get()).as("A3 is not tiled").isEmpty();
    }

    @Test
    void aTickOnAPersonaThatWasDeletedDisappears() {
        options.scopeProperty().set(ExportScope.SELECTED);
        options.chosenIds().add("p-laura");
        workbook.set(workbook.get().removePersona("p-laura"));
        assertThat(options.chosenIds()).isEmpty();
        assertThat(options.problemProperty().get()).isNotNull();
    }

    @Test
    void oneActivityHoldsItsPersonasOnly() {
        options.scopeProperty().set(ExportScope.ACTIVITY);
        assertThat(options.problemProperty().get()).isEqualTo("Kies een kernactiviteit.");
        options.activityIdProperty().set("k-stage");
        assertThat(names(options.personas())).containsExactly("Laura");
        workbook.set(workbook.get().removePersona("p-laura"));
        assertThat(options.problemProperty().get()).isEqualTo("Bij deze kernactiviteit horen nog geen persona's.");
    }

    /**
     * ui15: tiling is only for A2 and A1, and below that it cannot be ticked at all. The tick used to be taken at A4
     * and then refused with a problem that held up Exporteren; a tick made at A2 is taken off when A4 is chosen.
     */
    @Test
    void tilingIsOnlyForA2AndA1() {
        options.scopeProperty().set(ExportScope.ALL);
        options.tiledProperty().set(true);
        assertThat(options.tilingPossibleProperty().get()).isFalse();
        assertThat(options.tiledProperty().get()).as("no tick at A4").isFalse();
        assertThat(options.problemProperty().get()).isNull();

        options.sizeProperty().set(PaperSize.A2);
        options.tiledProperty().set(true);
        options.tileSheetProperty().set(PaperSize.A3);
        assertThat(options.tilingPossibleProperty().get()).isTrue();
        assertThat(options.problemProperty().get()).isNull();
        assertThat(options.request().options().tileSheet()).isEqualTo(PaperSize.A3);

        options.tiledProperty().set(false);
        assertThat(options.request().options().tileSheet()).isNull();

        options.tiledProperty().set(true);
        options.sizeProperty().set(PaperSize.A3);
        assertThat(options.tiledProperty().get()).as("the tick taken off at A3").isFalse();
        assertThat(options.problemProperty().get()).isNull();
        assertThat(options.request().options().tileSheet()).isNull();
    }

    @Test
    void theRequestCarriesPaperOrientationFooterLanguageAndDate() {
        options.scopeProperty().set(ExportScope.ALL);
        options.sizeProperty().set(PaperSize.A3);
        options.landscapeProperty().set(true);
        assertThat(options.request().options().printsCheckSummary()).as("footer with summary by default").isTrue();
        options.checkSummaryProperty().set(false);
        assertThat(options.request().options().checkSummary()).isFalse();
        assertThat(options.request().options().footer()).isTrue();
        options.footerProperty().set(false);
        ExportRequest request = options.request();
        assertThat(request.options().size()).isEqualTo(PaperSize.A3);
        assertThat(request.options().landscape()).isTrue();
        assertThat(request.options().footer()).isFalse();
        assertThat(request.options().locale()).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(request.options().date()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(names(request.personas())).containsExactly("Laura", "Ahmed");
        assertThat(request.report()).isFalse();
    }

    @Test
    void theReportIsAlwaysOneFileWithEveryPersona() {
        options.scopeProperty().set(ExportScope.REPORT);
        options.onePerPersonaProperty().set(true);
        assertThat(options.problemProperty().get()).startsWith("Het werkboekrapport is altijd één PDF");
        options.onePerPersonaProperty().set(false);
        ExportRequest request = options.request();
        assertThat(request.report()).isTrue();
        assertThat(request.personas()).hasSize(2);
        assertThat(options.suggestedFileName()).isEqualTo("Werkboekrapport Testcollege");
    }

    @Test
    void anEmptyWorkbookHasNothingToExport() {
        workbook.set(Workbook.empty());
        options.scopeProperty().set(ExportScope.ALL);
        assertThat(options.problemProperty().get()).isEqualTo("Het werkboek heeft nog geen persona's.");
    }

    @Test
    void aNewDialogStartsFromTheLastChoicesAndADisposedOneStopsFollowing() {
        options.scopeProperty().set(ExportScope.SELECTED);
        options.chosenIds().add("p-laura");
        options.sizeProperty().set(PaperSize.A1);
        options.tiledProperty().set(true);
        options.tileSheetProperty().set(PaperSize.A3);
        options.checkSummaryProperty().set(false);
        options.dispose();
        ExportOptionsViewModel next = new ExportOptionsViewModel(workbook, current,
                new ExportTexts(new Messages(Messages.DUTCH)), clock);
        next.copyChoicesFrom(options);
        assertThat(next.request().options().tileSheet()).isEqualTo(PaperSize.A3);
        assertThat(next.checkSummaryProperty().get()).as("remembered like the other choices").isFalse();
        assertThat(names(next.personas())).containsExactly("Laura");

        workbook.set(Workbook.empty());
        assertThat(options.workbook().personas()).hasSize(2);
        assertThat(next.workbook().personas()).isEmpty();
    }
}
