package nl.personacanvas.ui.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.ActivityTitles;

/**
 * The export and printing texts, from this package's own bundle, in whatever language the UI speaks
 * at the moment of asking (the language can change while the app runs).
 */
public final class ExportTexts {
    private static final String BUNDLE = "nl.personacanvas.ui.export.messages";

    private final Messages messages;

    public ExportTexts(Messages messages) {
        this.messages = messages;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No export text for key " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    /** An activity named as everywhere else in the window ("A2 · …", "Eigen · …"). */
    public String activityTitle(CoreActivity activity) {
        return ActivityTitles.title(activity, messages);
    }

    public Locale locale() {
        return messages.locale();
    }
}
