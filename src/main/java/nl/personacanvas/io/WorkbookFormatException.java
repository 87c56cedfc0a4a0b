package nl.personacanvas.io;

import java.util.List;
import java.util.Locale;

/**
 * A workbook file that cannot be loaded, with every problem found (at least one). The accessors
 * {@link #key()}, {@link #line()}, {@link #column()} and {@link #describe(Locale)} speak about the first
 * problem, which is what a dialog shows; the command line lists {@link #problems()}.
 */
public class WorkbookFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<FormatProblem> problems;

    public WorkbookFormatException(List<FormatProblem> problems) {
        super(problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public WorkbookFormatException(FormatProblem problem) {
        this(List.of(problem));
    }

    public WorkbookFormatException(String key, Object... args) {
        this(FormatProblem.of(key, args));
    }

    /** A problem at a place in the file (1-based line and column). */
    public static WorkbookFormatException at(String key, int line, int column, Throwable cause, Object... args) {
        WorkbookFormatException e = new WorkbookFormatException(new FormatProblem(key, args, "", line, column));
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    public List<FormatProblem> problems() {
        return problems;
    }

    private FormatProblem first() {
        return problems.get(0);
    }

    public String key() {
        return first().key();
    }

    public int line() {
        return first().line();
    }

    public int column() {
        return first().column();
    }

    /** Where in the document the first problem is, e.g. {@code workbook.personas[3].name}; may be empty. */
    public String path() {
        return first().path();
    }

    /** The first problem in one line, in the given language, without the location. */
    public String describe(Locale locale) {
        return first().describe(locale);
    }

    @Override
    public String getMessage() {
        FormatProblem p = first();
        return p.describeWithPath(Locale.ENGLISH) + (p.hasLocation() ? " (line " + p.line() + ", column " + p.column() + ")" : "");
    }
}
