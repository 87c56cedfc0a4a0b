package nl.personacanvas.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;

/**
 * What every subcommand needs: where to write, in which language, and the workbook services. Given to
 * each command's constructor by {@link CommandFactory}, so a new subcommand is one class taking this.
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
