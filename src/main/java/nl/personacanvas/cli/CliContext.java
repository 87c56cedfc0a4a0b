package nl.personacanvas.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every subcommand needs: where to write, in which language, and the workbook services. A command
 * gets it from its picocli spec ({@link #of(CommandSpec)}), so a new subcommand is one class with a
 * {@code @Spec} field, listed in {@link RootCommand}.
 */
final class CliContext {
    static final String BUNDLE = "nl.personacanvas.cli.messages";

    private final PrintWriter out;
    private final PrintWriter err;
    private final Locale locale;
    private final ResourceBundle messages;
    private final WorkbookStore store;

    CliContext(PrintWriter out, PrintWriter err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.messages = bundle(locale);
        this.store = new WorkbookStore(new WorkbookCodec());
    }

    /** The streams set with {@code setOut}/{@code setErr} and the language of the bundle {@link Cli} chose. */
    static CliContext of(CommandSpec spec) {
        ResourceBundle bundle = spec.resourceBundle();
        Locale locale = bundle == null || bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        return new CliContext(spec.commandLine().getOut(), spec.commandLine().getErr(), locale);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    Locale locale() {
        return locale;
    }

    ResourceBundle messages() {
        return messages;
    }

    WorkbookStore store() {
        return store;
    }

    String msg(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
