package nl.personacanvas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/** One in-process run of the command line with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Locale locale, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), locale, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun english(String... args) {
        return run(Locale.ENGLISH, args);
    }

    static CliRun dutch(String... args) {
        return run(Locale.forLanguageTag("nl-NL"), args);
    }

    String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\\R");
    }
}
