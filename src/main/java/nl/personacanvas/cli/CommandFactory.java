package nl.personacanvas.cli;

import java.lang.reflect.Constructor;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Builds command objects: a constructor taking the shared {@link CliContext} is preferred, then one
 * taking the chosen {@link Locale} (for commands that only need the language), then the default one.
 */
final class CommandFactory implements IFactory {
    private final CliContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Object argument : new Object[] {context, context.locale()}) {
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == argument.getClass()) {
                    c.setAccessible(true);
                    return cls.cast(c.newInstance(argument));
                }
            }
        }
        return fallback.create(cls);
    }
}
