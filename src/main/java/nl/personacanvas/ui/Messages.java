package nl.personacanvas.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI's texts in the current language. The language can change while the app runs (Beeld > Taal);
 * views are rebuilt then, view-models ask for their texts when they need them.
 */
public final class Messages {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> LANGUAGES = List.of(DUTCH, Locale.ENGLISH);
    private static final String BUNDLE = "nl.personacanvas.ui.messages";

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale");
    /** The bundle last read and its language, as one value: texts may be asked for from background tasks too. */
    private volatile Loaded loaded;

    private record Loaded(Locale locale, ResourceBundle bundle) {
    }

    public Messages(Locale initial) {
        locale.set(supported(initial));
    }

    /** Dutch unless the language is one the app speaks; never the system's language by accident. */
    public static Locale supported(Locale requested) {
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst().orElse(DUTCH);
    }

    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No UI text for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale.get()).format(args);
    }

    /**
     * A text in the given language whatever the window speaks: words that belong to what the panel wrote (the
     * headline's lead-in, {@code nl.personacanvas.model.CanvasLanguage}) are said in the panel's language.
     */
    public String getIn(Locale language, String key) {
        return load(supported(language)).getString(key);
    }

    /**
     * The texts of the language now set. Read again when the language has changed since the last call, not by a
     * listener on the locale: bindings on the locale are invalidated before change listeners run, and a label that
     * read its text again right then kept the old language (the status bar stayed Dutch after View > Language).
     */
    public ResourceBundle bundle() {
        Locale now = locale.get();
        Loaded last = loaded;
        if (last == null || !last.locale().equals(now)) {
            last = new Loaded(now, load(now));
            loaded = last;
        }
        return last.bundle();
    }

    public Locale locale() {
        return locale.get();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }
}
