package nl.personacanvas.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds command objects, handing the shared {@link CliContext} to those whose constructor takes it. */
final class CommandFactory implements IFactory {
    private final CliContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == CliContext.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(context));
            }
        }
        return fallback.create(cls);
    }
}
