package nl.personacanvas.ui;

import java.util.Optional;
import nl.personacanvas.pdf.PaperSize;

/**
 * The export dialog's paper and footer choices, remembered between runs: a school prints its posters on the paper
 * its printer or print shop takes, and a coordinator who chose A3 landscape yesterday found A4 portrait again after
 * every start (session 24). Which personas to print is not remembered: that belongs to the workbook open then.
 *
 * @param tileSheet the sheet a tiled poster is printed on (kept when tiling is off, as the dialog keeps it)
 */
public record PaperChoices(PaperSize size, boolean landscape, boolean tiled, PaperSize tileSheet, boolean footer,
                           boolean checkSummary) {

    public String asSetting() {
        return String.join(";", size.name(), Boolean.toString(landscape), Boolean.toString(tiled), tileSheet.name(),
                Boolean.toString(footer), Boolean.toString(checkSummary));
    }

    /** Empty for a setting written by another version or edited by hand. */
    public static Optional<PaperChoices> fromSetting(String setting) {
        String[] parts = setting.split(";", -1);
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PaperChoices(PaperSize.valueOf(parts[0]), Boolean.parseBoolean(parts[1]),
                    Boolean.parseBoolean(parts[2]), PaperSize.valueOf(parts[3]), Boolean.parseBoolean(parts[4]),
                    Boolean.parseBoolean(parts[5])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
