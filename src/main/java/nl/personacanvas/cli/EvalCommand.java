package nl.personacanvas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.personacanvas.check.Evaluation;
import nl.personacanvas.check.EvaluationText;
import nl.personacanvas.check.LabelledStatement;
import nl.personacanvas.check.LabelledStatementReader;
import nl.personacanvas.check.StatementSorter;
import nl.personacanvas.matrix.CompetencyMatrix;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE.jsonl", descriptionKey = "eval.file")
    Path file;

    @Option(names = "--figures-only", descriptionKey = "eval.figuresOnly")
    boolean figuresOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CliContext context = CliContext.of(spec);
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        List<LabelledStatement> statements;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            statements = new LabelledStatementReader().read(reader);
        } catch (IOException | IllegalArgumentException e) {
            err.println(file + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        StatementSorter sorter = new StatementSorter(CompetencyMatrix.loadBundled());
        Evaluation evaluation = Evaluation.run(statements, sorter);
        EvaluationText text = new EvaluationText(context.locale());
        out.print(figuresOnly ? text.renderFigures(evaluation) : text.render(evaluation));
        out.flush();
        return ExitCodes.OK;
    }
}
