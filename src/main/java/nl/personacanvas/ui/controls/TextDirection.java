package nl.personacanvas.ui.controls;

/** A paragraph's direction by the Unicode bidi rule (P2, P3): its first letter with a direction decides. */
public final class TextDirection {
    private TextDirection() {
    }

    /** True when the first strong character is right-to-left (Arabic, Hebrew, ...); false when there is none. */
    public static boolean isRightToLeft(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return true;
                default:
                    i += Character.charCount(cp);
            }
        }
        return false;
    }
}
