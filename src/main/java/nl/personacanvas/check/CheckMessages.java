package nl.personacanvas.check;

import java.util.Locale;
import java.util.ResourceBundle;

/** The check package's resource bundle: Dutch for Dutch, English for every other language. */
final class CheckMessages {
    private static final String BUNDLE = "nl.personacanvas.check.messages";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private CheckMessages() {
    }

    static ResourceBundle bundle(Locale locale) {
        Locale chosen = DUTCH.getLanguage().equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH;
        return ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
