package nl.personacanvas.ui.export;

import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableIntegerValue;
import nl.personacanvas.pdf.PaperSize;
import nl.personacanvas.pdf.PosterOptions;
import nl.personacanvas.ui.PaperChoices;

/**
 * The paper part of the export dialog's choices: size, orientation, tiling onto smaller sheets and what that costs in
 * sheets, the footer with or without the check summary. These are what is remembered between runs
 * ({@link PaperChoices}); which personas go on the paper is {@link ExportOptionsViewModel}'s part.
 */
final class ExportPaperViewModel {
    private final ObjectProperty<PaperSize> size = new SimpleObjectProperty<>(this, "size", PaperSize.A4);
    private final BooleanProperty landscape = new SimpleBooleanProperty(this, "landscape");
    private final BooleanProperty tiled = new SimpleBooleanProperty(this, "tiled");
    private final ObjectProperty<PaperSize> tileSheet = new SimpleObjectProperty<>(this, "tileSheet", PaperSize.A4);
    private final BooleanProperty footer = new SimpleBooleanProperty(this, "footer", true);
    private final BooleanProperty checkSummary = new SimpleBooleanProperty(this, "checkSummary", true);
    private final BooleanBinding tilingPossible;
    private final StringBinding tilingSheets;
    private final ObservableIntegerValue posters;
    private final ExportTexts texts;
    private final Clock clock;

    /** @param posters how many posters the choices make (none for the report), for the sheets tiling takes */
    ExportPaperViewModel(ObservableIntegerValue posters, ExportTexts texts, Clock clock) {
        this.posters = posters;
        this.texts = texts;
        this.clock = clock;
        tilingPossible = Bindings.createBooleanBinding(() -> PosterOptions.canTile(size.get(), PaperSize.A4), size);
        // Only A2 and A1 are split (the sheets are A4 or A3): at a smaller size the box is off and cannot be ticked,
        // where a tick used to be taken and then refused with a problem that held up Exporteren (docs/editor.md, ui15).
        tilingPossible.addListener((obs, was, now) -> {
            if (!now) {
                tiled.set(false);
            }
        });
        tiled.addListener((obs, was, now) -> {
            if (now && !tilingPossible.get()) {
                tiled.set(false);
            }
        });
        // What tiling costs in paper, before printing: A2 on A4 is 8 sheets a poster, 48 for six personas.
        tilingSheets = Bindings.createStringBinding(this::describeSheets, tiled, tileSheet, size, landscape, posters);
    }

    private String describeSheets() {
        if (!tiled.get() || !tilingPossible.get()) {
            return "";
        }
        int perPage = new PosterOptions(size.get(), landscape.get(), tileSheet.get(), true, true, texts.locale(),
                LocalDate.now(clock)).sheetsPerPage();
        int count = posters.get();
        return texts.get("options.tiling.sheets", count, perPage, tileSheet.get().name(), perPage * count);
    }

    /** Starts from the paper chosen in an earlier dialog of this run. */
    void copyFrom(ExportPaperViewModel previous) {
        use(previous.choices());
    }

    /** The paper and footer chosen here, to remember for the next start. */
    PaperChoices choices() {
        return new PaperChoices(size.get(), landscape.get(), tiled.get(), tileSheet.get(), footer.get(),
                checkSummary.get());
    }

    /** Starts from the paper and footer remembered from an earlier run (or dialog). */
    void use(PaperChoices paper) {
        // The size before the tick: a tick is only taken at a size that can be tiled.
        size.set(paper.size());
        landscape.set(paper.landscape());
        tiled.set(paper.tiled());
        tileSheet.set(paper.tileSheet());
        footer.set(paper.footer());
        checkSummary.set(paper.checkSummary());
    }

    /** The poster options these choices make, dated today and labelled in the UI's language. */
    PosterOptions posterOptions() {
        return new PosterOptions(size.get(), landscape.get(), tiled.get() ? tileSheet.get() : null, footer.get(),
                checkSummary.get(), texts.locale(), LocalDate.now(clock));
    }

    ObjectProperty<PaperSize> sizeProperty() {
        return size;
    }

    BooleanProperty landscapeProperty() {
        return landscape;
    }

    BooleanProperty tiledProperty() {
        return tiled;
    }

    ObjectProperty<PaperSize> tileSheetProperty() {
        return tileSheet;
    }

    BooleanProperty footerProperty() {
        return footer;
    }

    BooleanProperty checkSummaryProperty() {
        return checkSummary;
    }

    StringBinding tilingSheetsProperty() {
        return tilingSheets;
    }

    BooleanBinding tilingPossibleProperty() {
        return tilingPossible;
    }
}
