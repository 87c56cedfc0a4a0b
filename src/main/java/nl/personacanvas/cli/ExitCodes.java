package nl.personacanvas.cli;

/** What the process tells its caller; scripts and CI rely on these three. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A file is missing, unreadable or not a valid workbook (or the program itself failed). */
    public static final int BAD_INPUT = 1;
    /** Unknown option or command, missing argument, invalid option value. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
