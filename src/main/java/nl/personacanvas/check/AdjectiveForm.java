package nl.personacanvas.check;

/**
 * Attitude adjectives in -baar and -end(e) share their stem with a verb (Snowball: benaderbaar and benadert
 * are both "benader", ondernemend and onderneemt "ondernem"), but the verb names an action, not the attitude:
 * "Benadert een bedrijf", "Onderneemt actie". A one-word expression in such a form only matches a word
 * written in the adjective's form.
 */
final class AdjectiveForm {
    private static final String BAAR = "baar";
    private static final String END = "end";

    private AdjectiveForm() {
    }

    /** The form a statement's word must show to match {@code expression}, or null when any form will do. */
    static String required(String expression) {
        if (expression.contains(" ")) {
            return null;
        }
        String word = expression.endsWith("e") ? expression.substring(0, expression.length() - 1) : expression;
        return word.endsWith(BAAR) || word.endsWith(BAAR + "heid") ? BAAR : word.endsWith(END) ? END : null;
    }

    /** Whether {@code word} shows {@code required} ({@link #required}; null accepts every word). */
    static boolean shows(String required, Word word) {
        return required == null || word.surface().contains(required)
                || required.equals(BAAR) && word.surface().contains("bare");
    }
}
