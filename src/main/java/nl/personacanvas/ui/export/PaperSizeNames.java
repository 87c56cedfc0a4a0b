package nl.personacanvas.ui.export;

import javafx.util.StringConverter;
import nl.personacanvas.pdf.PaperSize;

/** "A3 (297 × 420 mm)" in the paper choices. */
final class PaperSizeNames extends StringConverter<PaperSize> {
    private final ExportTexts texts;

    PaperSizeNames(ExportTexts texts) {
        this.texts = texts;
    }

    @Override
    public String toString(PaperSize size) {
        return size == null ? "" : texts.get("paper." + size.name());
    }

    @Override
    public PaperSize fromString(String text) {
        return PaperSize.parse(text).orElse(null);
    }
}
