package nl.personacanvas.ui;

/**
 * The name a save chooser offers. JavaFX hands the name to the system's chooser through JNI in Java's modified
 * UTF-8, in which a character beyond the Basic Multilingual Plane (an emoji, "Fenna 🌍") is two three-byte
 * surrogates: GTK reads that as invalid UTF-8, offers "Fenna ������ A3.pdf" and answers every Save with "Invalid
 * file name" until the user clears the field (session 24). So the offered name leaves such characters out, with the
 * joiners and variation selectors that belonged to them; the files the app names itself (one PDF per persona) keep
 * them.
 */
final class ChooserFileNames {
    private ChooserFileNames() {
    }

    static String offered(String suggested) {
        if (suggested == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(suggested.length());
        suggested.codePoints()
                .filter(c -> Character.isBmpCodePoint(c) && !isEmojiPart(c))
                .forEach(kept::appendCodePoint);
        String name = kept.toString().replaceAll(" {2,}", " ").replaceAll(" +(?=\\.[^.\\s]+$)", "").strip();
        return name;
    }

    /** Joiners, variation selectors and keycap marks only make sense beside the emoji that was left out. */
    private static boolean isEmojiPart(int c) {
        return c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3;
    }
}
