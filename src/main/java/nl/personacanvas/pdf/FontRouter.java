package nl.personacanvas.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides, code point by code point, which bundled font draws a piece of text: the main font when it has
 * the glyph, else the Arabic font, else the Hebrew font (a persona's Hebrew name printed as replacement marks
 * before session 26; in bold text its bold face since session 27), else the symbol font, else the main font's replacement mark. Checking
 * the fonts' character maps up front is what keeps PDFBox from throwing on a missing glyph mid-export.
 * Invisible format characters (emoji variation selectors, joiners) are dropped.
 */
final class FontRouter {
    static final int REPLACEMENT_MARK = 0xFFFD;

    /** A stretch of text drawn with one font. */
    record Run(FontRole role, String text) {
    }

    private final FontLibrary library;

    FontRouter(FontLibrary library) {
        this.library = library;
    }

    List<Run> runs(String text, boolean bold) {
        FontRole main = bold ? FontRole.BOLD : FontRole.REGULAR;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontRole currentRole = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontRole role = roleFor(cp, main);
            if (role == null) {
                continue;
            }
            int drawn = hasGlyph(role, cp) ? cp : REPLACEMENT_MARK;
            if (role != currentRole && current.length() > 0) {
                runs.add(new Run(currentRole, current.toString()));
                current.setLength(0);
            }
            currentRole = role;
            current.appendCodePoint(drawn);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentRole, current.toString()));
        }
        return runs;
    }

    /** Width in points of {@code text} (already shaped) at {@code size}. */
    float width(String text, boolean bold, float size) {
        float thousandths = 0;
        try {
            // Each run is drawn by one showText, whose glyph substitution works within the run, as measured here.
            for (Run run : runs(text, bold)) {
                thousandths += library.face(run.role()).width(run.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Bundled font tables became unreadable", e);
        }
        return thousandths * size / 1000f;
    }

    /** Which fallbacks drawing {@code text} needs; empty when the main font has everything. */
    Set<Fallback> fallbacks(String text) {
        Set<Fallback> used = EnumSet.noneOf(Fallback.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            FontRole role = roleFor(cp, FontRole.REGULAR);
            if (role == FontRole.ARABIC) {
                used.add(Fallback.ARABIC_FONT);
            } else if (role == FontRole.HEBREW) {
                used.add(Fallback.HEBREW_FONT);
            } else if (role == FontRole.SYMBOL) {
                used.add(Fallback.SYMBOL_FONT);
            } else if (role != null && !hasGlyph(role, cp)) {
                used.add(Fallback.REPLACEMENT_MARK);
            }
        }
        return used;
    }

    /**
     * The font for {@code cp}, the main font when nothing has it, or null for a character to drop:
     * invisible format characters and emoji skin-tone modifiers, which only modify the emoji before them
     * and would otherwise print as a colour swatch or a replacement mark.
     */
    private FontRole roleFor(int cp, FontRole main) {
        if (UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)) {
            return null;
        }
        if (library.face(main).has(cp)) {
            return main;
        }
        if (library.face(FontRole.ARABIC).has(cp)) {
            return main == FontRole.BOLD && library.face(FontRole.ARABIC_BOLD).has(cp) ? FontRole.ARABIC_BOLD
                    : FontRole.ARABIC;
        }
        if (library.face(FontRole.HEBREW).has(cp)) {
            return main == FontRole.BOLD ? FontRole.HEBREW_BOLD : FontRole.HEBREW;
        }
        if (library.face(FontRole.SYMBOL).has(cp)) {
            return FontRole.SYMBOL;
        }
        return main;
    }

    private boolean hasGlyph(FontRole role, int cp) {
        return library.face(role).has(cp);
    }
}
