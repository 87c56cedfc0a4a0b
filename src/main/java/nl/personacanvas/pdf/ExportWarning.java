package nl.personacanvas.pdf;

import java.util.Locale;
import java.util.Objects;
import nl.personacanvas.model.ShortText;

/**
 * Something the user should know about an export that still succeeded.
 *
 * @param persona name of the persona the warning is about
 * @param detail  the affected text (an entry, shortened), or the number of pages, depending on the kind
 */
public record ExportWarning(Kind kind, String personaId, String persona, String detail) {

    public enum Kind {
        /** Some characters were drawn with the Arabic or the symbol/emoji font. */
        FALLBACK_FONT,
        /** Several texts of one persona were drawn with another font (detail = how many), said once. */
        FALLBACK_FONT_TEXTS,
        /** Some characters no bundled font has were replaced by a visible mark (�). */
        REPLACEMENT_MARK,
        /** The entries did not fit at the minimum size and continue on further pages. */
        CONTINUED,
        /** One entry alone was taller than a quadrant of a page and is broken across pages. */
        ENTRY_BROKEN,
        /** The portrait could not be used (not an image, too large, damaged); initials are shown. */
        PORTRAIT_UNUSABLE,
        /** The headline was too long even in small print under its three bold lines; its end is left out. */
        HEADLINE_CUT,
        /** A printed text still holds both versions a merge kept (detail = the mark). */
        MERGE_MARK
    }

    /** Whether it only says that some characters were drawn with another font, which the page itself shows. */
    public boolean otherFontOnly() {
        return kind == Kind.FALLBACK_FONT || kind == Kind.FALLBACK_FONT_TEXTS;
    }

    /** Characters of a persona's name a warning shows at most. */
    public static final int NAME_SHOWN = 60;

    public ExportWarning {
        Objects.requireNonNull(kind, "kind");
        personaId = Objects.requireNonNullElse(personaId, "");
        persona = Objects.requireNonNullElse(persona, "");
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** The warning as a sentence for the user, after the persona's name (shortened to {@link #NAME_SHOWN}). */
    public String describe(Locale locale) {
        return new PdfMessages(locale).get("warning.about", shortName(), sentence(locale));
    }

    /** The warning without the persona it is about, for a list of one persona's warnings under its name. */
    public String sentence(Locale locale) {
        return new PdfMessages(locale).get("warning." + kind.name(), detail);
    }

    /**
     * The persona's name as a warning names it: a name of hundreds of characters filled every warning line about it,
     * on the command line and in the export dialog; the poster itself shows it whole.
     */
    public String shortName() {
        return ShortText.cut(persona, NAME_SHOWN);
    }
}
