package nl.personacanvas.merge;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts of this package in one language: Dutch for a Dutch locale, English otherwise. */
public final class MergeText {
    private static final String BUNDLE = "nl.personacanvas.merge.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public MergeText(Locale locale) {
        this.locale = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A message whose arguments may themselves be messages, formatted innermost first. */
    public String format(Message message) {
        Object[] args = message.args().stream()
                .map(a -> a instanceof Message inner ? format(inner) : a)
                .toArray();
        return get(message.key(), args);
    }
}
