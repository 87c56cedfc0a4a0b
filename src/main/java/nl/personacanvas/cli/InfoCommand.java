package nl.personacanvas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.personacanvas.model.CoreActivity;
import nl.personacanvas.model.Persona;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.model.Workbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code info FILE}: who wrote the workbook, its core activities and, per activity, the personas with
 * how many entries each quadrant has. As text for people or as JSON for scripts.
 */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

    enum Format { text, json }

    @Parameters(paramLabel = "FILE", arity = "1", descriptionKey = "info.file")
    Path file;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "info.format")
    Format format;

    @Spec
    CommandSpec spec;

    private CliContext context;

    @Override
    public Integer call() throws JsonProcessingException {
        context = CliContext.of(spec);
        Optional<Workbook> loaded = new WorkbookInput(context).load(file);
        if (loaded.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Workbook wb = loaded.get();
        if (format == Format.json) {
            context.out().println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(summary(wb)));
        } else {
            printText(wb);
        }
        return ExitCodes.OK;
    }

    private void printText(Workbook wb) {
        var out = context.out();
        out.println(context.msg("info.school", wb.school()));
        out.println(context.msg("info.region", wb.region()));
        out.println(context.msg("info.team", wb.team()));
        out.println(context.msg("info.activities", wb.activities().size()));
        for (CoreActivity a : wb.activities()) {
            out.println("  " + context.msg("info.activity", a.matrixActivity().orElse(context.msg("info.own")),
                    a.name(), context.msg("group." + a.group().key())));
            List<Persona> personas = wb.personasOf(a.id());
            if (personas.isEmpty()) {
                out.println("    " + context.msg("info.noPersonas"));
            }
            personas.forEach(p -> out.println("    " + personaLine(p)));
        }
        List<Persona> unassigned = unassigned(wb);
        if (!unassigned.isEmpty()) {
            out.println(context.msg("info.unassigned", unassigned.size()));
            unassigned.forEach(p -> out.println("    " + personaLine(p)));
        }
    }

    private String personaLine(Persona p) {
        String counts = java.util.Arrays.stream(Quadrant.values())
                .map(q -> context.msg("quadrant." + q.key()) + " " + p.canvas().entries(q).size())
                .collect(Collectors.joining(", "));
        return context.msg("info.persona", p.headline(), counts);
    }

    private static List<Persona> unassigned(Workbook wb) {
        return wb.personas().stream().filter(p -> wb.activityOf(p).isEmpty()).toList();
    }

    private static Map<String, Object> summary(Workbook wb) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("school", wb.school());
        root.put("region", wb.region());
        root.put("team", wb.team());
        root.put("matrixVersion", wb.matrixVersion());
        List<Object> activities = new ArrayList<>();
        for (CoreActivity a : wb.activities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("matrix", a.matrixId());
            m.put("name", a.name());
            m.put("group", a.group().key());
            m.put("personas", wb.personasOf(a.id()).stream().map(InfoCommand::personaSummary).toList());
            activities.add(m);
        }
        root.put("activities", activities);
        root.put("unassignedPersonas", unassigned(wb).stream().map(InfoCommand::personaSummary).toList());
        return root;
    }

    private static Map<String, Object> personaSummary(Persona p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("role", p.role());
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (Quadrant q : Quadrant.values()) {
            entries.put(q.key(), p.canvas().entries(q).size());
        }
        m.put("entries", entries);
        return m;
    }
}
