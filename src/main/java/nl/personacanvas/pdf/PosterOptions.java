package nl.personacanvas.pdf;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * How to print posters.
 *
 * @param size      the poster's size
 * @param landscape landscape instead of portrait
 * @param tileSheet when not null, the poster is cut into tiles of this (smaller) sheet size with
 *                  overlap and crop marks, for printers that cannot print the poster size
 * @param footer       print a footer with the date at the foot of each poster
 * @param checkSummary print the check summary (coverage per quadrant, attitudes present) in that footer;
 *                     the workbook report's coverage pages do not depend on it
 * @param locale       language of the labels (Dutch unless English is asked for)
 * @param date         the date printed in the footer
 */
public record PosterOptions(PaperSize size, boolean landscape, PaperSize tileSheet, boolean footer,
                            boolean checkSummary, Locale locale, LocalDate date) {

    public PosterOptions {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(date, "date");
        if (tileSheet != null && !canTile(size, tileSheet)) {
            throw new IllegalArgumentException("Cannot tile " + size + " onto " + tileSheet);
        }
    }

    /** An A4 portrait hand-out with a footer holding the check summary and date, labelled in Dutch. */
    public static PosterOptions defaults(LocalDate date) {
        return new PosterOptions(PaperSize.A4, false, null, true, true, Locale.forLanguageTag("nl-NL"), date);
    }

    /** Whether a poster's footer shows the check summary: a footer is printed and the summary asked for. */
    public boolean printsCheckSummary() {
        return footer && checkSummary;
    }

    /** Only A2 and A1 are tiled, and only onto A4 or A3 sheets that are smaller than the poster. */
    public static boolean canTile(PaperSize poster, PaperSize sheet) {
        return (poster == PaperSize.A2 || poster == PaperSize.A1)
                && (sheet == PaperSize.A4 || sheet == PaperSize.A3);
    }

    /**
     * How many sheets one poster page is printed on: 1 untiled, else the tiles of the sheet orientation the exporter
     * chooses (A2 on A4: 8). The export dialog says it before a coordinator prints.
     */
    public int sheetsPerPage() {
        if (tileSheet == null) {
            return 1;
        }
        PDRectangle poster = size.rectangle(landscape);
        return TileImposer.tiles(TileImposer.sheetFor(tileSheet, poster.getWidth(), poster.getHeight()),
                poster.getWidth(), poster.getHeight()).size();
    }

    public Optional<PaperSize> tiling() {
        return Optional.ofNullable(tileSheet);
    }

    public PosterOptions withSize(PaperSize v) {
        return new PosterOptions(v, landscape, tileSheet, footer, checkSummary, locale, date);
    }

    public PosterOptions withLandscape(boolean v) {
        return new PosterOptions(size, v, tileSheet, footer, checkSummary, locale, date);
    }

    public PosterOptions withTileSheet(PaperSize v) {
        return new PosterOptions(size, landscape, v, footer, checkSummary, locale, date);
    }

    public PosterOptions withFooter(boolean v) {
        return new PosterOptions(size, landscape, tileSheet, v, checkSummary, locale, date);
    }

    public PosterOptions withCheckSummary(boolean v) {
        return new PosterOptions(size, landscape, tileSheet, footer, v, locale, date);
    }

    public PosterOptions withLocale(Locale v) {
        return new PosterOptions(size, landscape, tileSheet, footer, checkSummary, v, date);
    }
}
