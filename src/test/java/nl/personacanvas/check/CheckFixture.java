package nl.personacanvas.check;

import nl.personacanvas.matrix.CompetencyMatrix;

/**
 * What the check tests read statements with, built once per test run rather than once per test class: loading
 * the lexicons and training the classifiers takes seconds each time. {@link Lexicons} is immutable and
 * {@link StatementSorter} thread-safe, so every class can share them. A test that needs a fresh checker or fresh
 * lexicons (a cold check, training twice) still builds its own.
 */
final class CheckFixture {
    static final CompetencyMatrix MATRIX = CompetencyMatrix.loadBundled();
    static final Lexicons LEXICONS = new Lexicons(MATRIX);
    static final StatementSorter SORTER = new StatementSorter(LEXICONS);

    private CheckFixture() {
    }

    /** The text as the shared lexicons analyse it. */
    static AnalyzedText analysed(String text) {
        return LEXICONS.analyzer.analyze(text);
    }

    /** The kind {@link ShownConduct} reads in the text, or "none". */
    static String shownConductKind(String text) {
        ShownConduct.Kind kind = LEXICONS.shownConduct.read(analysed(text));
        return kind == null ? "none" : kind.name();
    }
}
