package nl.personacanvas.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong with a workbook file, kept as a message key and arguments so it can be said in the
 * user's language.
 *
 * @param path   where in the document, e.g. {@code workbook.personas[3].canvas.design[2].text}; empty when
 *               the problem concerns the file as a whole
 * @param line   1-based line in the file, or 0 when the problem has no single place
 * @param column 1-based column, or 0 with {@code line}
 */
public record FormatProblem(String key, Object[] args, String path, int line, int column) {
    private static final String BUNDLE = "nl.personacanvas.io.messages";

    public FormatProblem {
        args = args.clone();
        path = path == null ? "" : path;
    }

    public static FormatProblem of(String key, Object... args) {
        return new FormatProblem(key, args, "", 0, 0);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    public boolean hasLocation() {
        return line > 0;
    }

    FormatProblem at(int newLine, int newColumn) {
        return new FormatProblem(key, args, path, newLine, newColumn);
    }

    /** The problem in one sentence, in Dutch for a Dutch locale and English otherwise; no path or place. */
    public String describe(Locale locale) {
        Locale supported = "nl".equals(locale.getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] said = args.clone();
        for (int i = 0; i < said.length; i++) {
            if (said[i] instanceof FormatProblem part) {
                said[i] = part.describe(locale); // a part of the sentence, such as what a list holds
            }
        }
        return new MessageFormat(bundle.getString(key), supported).format(said);
    }

    /** The path, when there is one, followed by the sentence: {@code workbook.school: ...}. */
    public String describeWithPath(Locale locale) {
        return path.isEmpty() ? describe(locale) : path + ": " + describe(locale);
    }
}
