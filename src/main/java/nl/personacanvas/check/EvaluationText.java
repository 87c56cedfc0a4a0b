package nl.personacanvas.check;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Renders an {@link Evaluation} as the plain-text report of the {@code eval} command. */
public final class EvaluationText {
    private final ResourceBundle messages;
    private final Locale locale;

    public EvaluationText(Locale locale) {
        this.locale = locale;
        this.messages = CheckMessages.bundle(locale);
    }

    /** The figures followed by every misclassified statement with its text. */
    public String render(Evaluation e) {
        StringBuilder b = new StringBuilder(renderFigures(e));
        for (Evaluation.Mistake m : e.mistakes()) {
            LabelledStatement s = m.expected();
            SortedStatement a = m.actual();
            String expected = s.placement().key() + (s.alsoAccept().isEmpty() ? ""
                    : s.alsoAccept().stream().map(Placement::key).collect(Collectors.joining("|", "|", "")));
            b.append(format("eval.mistake", s.id(), s.activity(), expected, s.attitudes(), a.placement().key(),
                    a.genericReason().map(GenericReason::key).orElse(""), a.attitudes(), a.confidence(), s.text()))
                    .append('\n');
        }
        return b.toString();
    }

    /**
     * The figures only, with no statement's text: for sets that must stay unread so that they keep measuring
     * wording nobody tuned the checker to.
     */
    public String renderFigures(Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append(format("eval.accuracy", e.accuracy(), e.correct(), e.total())).append('\n');
        e.perPlacement().forEach((p, pr) -> b.append(format("eval.perQuadrant", p.key(), pr.precision(),
                pr.recall(), pr.truePositives(), pr.predicted(), pr.expected())).append('\n'));
        b.append(format("eval.attitudeF1", e.attitudeF1())).append('\n');
        b.append(format("eval.mistakes", e.mistakes().size())).append('\n');
        return b.toString();
    }

    private String format(String key, Object... args) {
        String indent = key.equals("eval.perQuadrant") || key.equals("eval.mistake") ? "  " : "";
        return indent + String.format(locale, messages.getString(key), args);
    }
}
