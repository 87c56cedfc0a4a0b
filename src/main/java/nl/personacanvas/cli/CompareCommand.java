package nl.personacanvas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.io.WorkbookCodec;
import nl.personacanvas.io.WorkbookStore;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.ElementMatcher;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compare FILE --persona ID --persona ID...}: the side-by-side comparison as a text table. */
@Command(name = "compare", mixinStandardHelpOptions = true, resourceBundle = CommandFiles.BUNDLE)
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "compare.file")
    Path file;

    @Option(names = "--persona", paramLabel = "ID", required = true, descriptionKey = "compare.persona")
    List<String> personas;

    @Spec
    CommandSpec spec;

    private final Locale locale;

    CompareCommand() {
        this(Locale.getDefault());
    }

    CompareCommand(Locale locale) {
        this.locale = locale;
    }

    @Override
    public Integer call() {
        MergeText text = new MergeText(locale);
        if (personas.size() < PersonaComparison.MIN_PERSONAS || personas.size() > PersonaComparison.MAX_PERSONAS) {
            throw new ParameterException(spec.commandLine(), text.get("command.compare.count", personas.size()));
        }
        Optional<Workbook> loaded = new CommandFiles(new WorkbookStore(new WorkbookCodec()), text,
                spec.commandLine().getErr()).load(file);
        if (loaded.isEmpty()) {
            return CommandFiles.BAD_INPUT;
        }
        Workbook workbook = loaded.get();
        List<ComparedPersona> compared = new ArrayList<>();
        for (String wanted : personas) {
            Persona persona = find(workbook, wanted).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    text.get("command.compare.unknownPersona", wanted, file, String.join(", ",
                            workbook.personas().stream().map(p -> p.id() + " (" + p.name() + ")").toList()))));
            compared.add(new ComparedPersona(file.getFileName().toString(), persona,
                    workbook.activityOf(persona).orElse(null)));
        }
        PersonaComparison comparison = PersonaComparison.of(compared, CompetencyMatrix.loadBundled(),
                ElementMatcher.LINKS_ONLY);
        new ComparisonTable(text).lines(comparison).forEach(spec.commandLine().getOut()::println);
        return CommandFiles.OK;
    }

    /** By id, or by name when exactly one persona has it: ids are random, names are what people know. */
    private static Optional<Persona> find(Workbook workbook, String wanted) {
        Optional<Persona> byId = workbook.persona(wanted);
        if (byId.isPresent()) {
            return byId;
        }
        List<Persona> byName = workbook.personas().stream().filter(p -> p.name().equalsIgnoreCase(wanted)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }
}
