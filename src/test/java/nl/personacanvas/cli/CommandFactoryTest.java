package nl.personacanvas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CommandFactoryTest {
    static final class TakesContext {
        final CliContext context;

        TakesContext(CliContext context) {
            this.context = context;
        }
    }

    static final class TakesLocale {
        final Locale locale;

        TakesLocale() {
            this(Locale.CHINA);
        }

        TakesLocale(Locale locale) {
            this.locale = locale;
        }
    }

    static final class TakesNothing {
    }

    private final CliContext context = new CliContext(new PrintWriter(PrintWriter.nullWriter()),
            new PrintWriter(PrintWriter.nullWriter()), Locale.forLanguageTag("nl"));
    private final CommandFactory factory = new CommandFactory(context);

    @Test
    void handsTheContextOrTheChosenLanguageToCommandsThatAskForIt() throws Exception {
        assertThat(factory.create(TakesContext.class).context).isSameAs(context);
        assertThat(factory.create(TakesLocale.class).locale).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(factory.create(TakesNothing.class)).isNotNull();
    }
}
