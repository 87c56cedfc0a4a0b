package nl.personacanvas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.personacanvas.check.CanvasChecker;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.CheckReportJson;
import nl.personacanvas.check.CheckReportText;
import nl.personacanvas.matrix.CompetencyMatrix;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "check.file")
    Path file;

    @Option(names = "--persona", paramLabel = "ID", descriptionKey = "check.persona")
    String personaId;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", descriptionKey = "check.format")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec);
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        Locale locale = context.locale();
        Optional<Workbook> loaded = new WorkbookInput(context).load(file);
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Workbook workbook = loaded.get();
        List<Persona> personas = personaId == null ? workbook.personas()
                : workbook.persona(personaId).map(List::of).orElse(List.of());
        if (personas.isEmpty() && personaId != null) {
            err.println(file + ": " + context.msg("check.noPersona", personaId));
            return ExitCodes.BAD_INPUT;
        }
        CanvasChecker checker = new CanvasChecker(CompetencyMatrix.loadBundled());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode reports = json.createArrayNode();
        // All personas at once on every processor; the output keeps the workbook's order.
        Map<String, CheckReport> byId = checker.checkAll(personas,
                p -> workbook.activityOf(p).map(CoreActivity::matrixId).orElse(null));
        for (Persona p : personas) {
            CheckReport report = byId.get(p.id());
            if (format == Format.json) {
                reports.add(new CheckReportJson(locale).toJson(workbook, report));
            } else {
                out.println(new CheckReportText(locale).render(workbook, p, report));
            }
        }
        if (format == Format.json) {
            try {
                out.println(json.writeValueAsString(reports));
            } catch (IOException e) {
                throw new IllegalStateException("Serialising a report cannot fail", e);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
