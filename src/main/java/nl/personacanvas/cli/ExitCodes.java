package nl.personacanvas.cli;

/** Exit codes of the checker's commands; picocli itself returns 2 for usage errors. */
final class ExitCodes {
    static final int OK = 0;
    static final int BAD_INPUT = 1;

    private ExitCodes() {
    }
}
