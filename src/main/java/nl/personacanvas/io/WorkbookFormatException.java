package nl.personacanvas.io;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A workbook file that cannot be loaded. Carries a message key and arguments rather than a finished
 * sentence so the UI and the command line can say it in the user's language; line and column are
 * 0 when the problem has no single place in the file.
 */
public class WorkbookFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;
    private final int line;
    private final int column;

    private WorkbookFormatException(String key, int line, int column, Throwable cause, Object[] args) {
        super(key, cause);
        this.key = key;
        this.args = args.clone();
        this.line = line;
        this.column = column;
    }

    public WorkbookFormatException(String key, Object... args) {
        this(key, 0, 0, null, args);
    }

    /** A problem at a place in the file (1-based line and column). */
    public static WorkbookFormatException at(String key, int line, int column, Throwable cause, Object... args) {
        return new WorkbookFormatException(key, line, column, cause, args);
    }

    public String key() {
        return key;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem in one line, in the given language, without the location. */
    public String describe(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("nl.personacanvas.io.messages", locale);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    @Override
    public String getMessage() {
        return describe(Locale.ENGLISH) + (line > 0 ? " (line " + line + ", column " + column + ")" : "");
    }
}
