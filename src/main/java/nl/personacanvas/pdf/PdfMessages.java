package nl.personacanvas.pdf;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.personacanvas.matrix.AttitudeGlosses;
import nl.personacanvas.matrix.ElementNames;
import nl.personacanvas.matrix.MatrixRole;
import nl.personacanvas.merge.MatrixItem;
import nl.personacanvas.model.Quadrant;

/** The labels printed on posters and reports, from this package's bundle (Dutch by default). */
final class PdfMessages {
    private final ResourceBundle bundle;
    private final Locale locale;
    private final ElementNames names;
    private final AttitudeGlosses attitudes = new AttitudeGlosses();

    /** English when asked for, Dutch for every other language: there is no bundle without a language. */
    PdfMessages(Locale locale) {
        this.locale = "en".equals(locale.getLanguage()) ? locale : Locale.forLanguageTag("nl-NL");
        this.bundle = ResourceBundle.getBundle("nl.personacanvas.pdf.messages", this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.names = new ElementNames(this.locale);
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... args) {
        // Always formatted, so a doubled apostrophe ("persona''s") reads as one with or without arguments.
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** "12 maart 2026", "March 12, 2026". */
    String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /**
     * Who and when a printed report is for, on every page's footer: "Alfa-college · 12 maart 2026". The school is
     * isolated (FSI … PDI, invisible, dropped when drawn) so a Hebrew or Arabic name does not draw the date's day into
     * its right-to-left run ("12 · בית ספר maart 2026").
     */
    String printedFor(String school, LocalDate date) {
        String cleaned = TextCleaner.singleLine(school).strip();
        return cleaned.isEmpty() ? date(date) : "\u2068" + cleaned + "\u2069 · " + date(date);
    }

    /**
     * The matrix's attitudes, named as the window names them (session 28): in English the gloss alone where room is
     * short ("flexible, approachable"), else the gloss with the matrix's word ("approachable (benaderbaar)").
     */
    String attitudes(List<String> matrixNames, boolean roomy) {
        return matrixNames.stream().map(a -> attitude(a, roomy)).collect(Collectors.joining(", "));
    }

    /** One attitude of the matrix, "approachable" or, with room, "approachable (benaderbaar)" in English. */
    String attitude(String matrixName, boolean roomy) {
        return roomy ? attitudes.nameWithMatrixWord(matrixName, locale) : attitudes.name(matrixName, locale);
    }

    String quadrant(Quadrant quadrant) {
        return get("quadrant." + quadrant.key());
    }

    /** A matrix element as a reader names it, "Ontwerpen 2" (an attitude by its name, glossed in English): {@link ElementNames}. */
    String item(MatrixItem item) {
        return TextCleaner.singleLine(item.role() == MatrixRole.ATTITUDES ? attitude(item.label(), false)
                : names.name(item.role(), item.id(), item.label()));
    }

    /** The item's name with its words from the matrix, "Ontwerpen 2 (Opdrachten en evaluaties ontwikkelen)". */
    String itemWithWords(MatrixItem item) {
        return TextCleaner.singleLine(item.role() == MatrixRole.ATTITUDES ? attitude(item.label(), true)
                : names.nameWithWords(item.role(), item.id(), item.label()));
    }
}
