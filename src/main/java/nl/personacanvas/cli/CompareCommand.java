package nl.personacanvas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.merge.ComparedPersona;
import nl.personacanvas.merge.CheckerElementMatcher;
import nl.personacanvas.merge.MergeText;
import nl.personacanvas.merge.PersonaComparison;
import nl.personacanvas.model.Persona;
import nl.personacanvas.pdf.ComparisonPdf;
import nl.personacanvas.pdf.ExportMonitor;
import nl.personacanvas.pdf.FontLibrary;
import nl.personacanvas.model.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code compare FILE --persona ID --persona ID... [--pdf OUT]}: the side-by-side comparison as a text table,
 * with the checker finding what entries address beyond their links, and optionally as an A3 landscape PDF.
 */
@Command(name = "compare", mixinStandardHelpOptions = true)
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "compare.file")
    Path file;

    @Option(names = "--persona", paramLabel = "ID", required = true, descriptionKey = "compare.persona")
    List<String> personas;

    @Option(names = "--pdf", paramLabel = "OUT", descriptionKey = "compare.pdf")
    Path pdf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec);
        MergeText text = new MergeText(context.locale());
        if (personas.size() < PersonaComparison.MIN_PERSONAS || personas.size() > PersonaComparison.MAX_PERSONAS) {
            throw new ParameterException(spec.commandLine(), text.get("command.compare.count", personas.size()));
        }
        Optional<Workbook> loaded = new WorkbookInput(context).load(file);
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
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
        CompetencyMatrix matrix = CompetencyMatrix.loadBundled();
        PersonaComparison comparison = PersonaComparison.of(compared, matrix,
                new CheckerElementMatcher(new CanvasChecker(matrix)));
        new ComparisonTable(text).lines(comparison).forEach(context.out()::println);
        return pdf == null ? ExitCodes.OK : writePdf(context, comparison);
    }

    private int writePdf(CliContext context, PersonaComparison comparison) {
        return PdfFileOutput.write(context, pdf, () -> new ComparisonPdf(FontLibrary.bundled())
                .write(comparison, context.locale(), pdf, ExportMonitor.none()));
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
