package nl.personacanvas.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled fonts (Noto Sans, Noto Sans Arabic and Noto Sans Hebrew regular and bold, and Symbola; licences beside them), read from the jar
 * once and shared by every export. Create one per application and pass it on.
 */
public final class FontLibrary {
    private static final String FOLDER = "/nl/personacanvas/pdf/fonts/";

    private final Map<FontRole, FontFace> faces;

    private FontLibrary(Map<FontRole, FontFace> faces) {
        this.faces = faces;
    }

    public static FontLibrary bundled() {
        Map<FontRole, FontFace> faces = new EnumMap<>(FontRole.class);
        faces.put(FontRole.REGULAR, load("NotoSans-Regular.ttf"));
        faces.put(FontRole.BOLD, load("NotoSans-Bold.ttf"));
        faces.put(FontRole.ARABIC, load("NotoSansArabic-Regular.ttf"));
        faces.put(FontRole.ARABIC_BOLD, load("NotoSansArabic-Bold.ttf"));
        faces.put(FontRole.HEBREW, load("NotoSansHebrew-Regular.ttf"));
        faces.put(FontRole.HEBREW_BOLD, load("NotoSansHebrew-Bold.ttf"));
        faces.put(FontRole.SYMBOL, load("Symbola.ttf"));
        return new FontLibrary(faces);
    }

    FontFace face(FontRole role) {
        return faces.get(role);
    }

    /** The fonts ship inside the jar, so a missing or broken one is a build defect, not a user error. */
    private static FontFace load(String file) {
        try (InputStream in = FontLibrary.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled font " + file);
            }
            return new FontFace(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable bundled font " + file, e);
        }
    }
}
