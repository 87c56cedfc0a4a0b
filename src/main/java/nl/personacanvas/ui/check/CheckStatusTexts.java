package nl.personacanvas.ui.check;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.personacanvas.check.CheckReport;
import nl.personacanvas.check.CoverageReport;
import nl.personacanvas.ui.Messages;

/**
 * The last check in short, for the window's status bar: the figures and how many notes have a badge, as a sentence
 * and as figures alone for a narrower bar. The whole sentence is the panel's summary and the short forms' tooltip.
 */
public final class CheckStatusTexts {
    private final Messages messages;
    private final ReadOnlyStringWrapper statusLine = new ReadOnlyStringWrapper(this, "statusLine", "");
    private final ReadOnlyStringWrapper statusFigures = new ReadOnlyStringWrapper(this, "statusFigures", "");

    CheckStatusTexts(Messages messages) {
        this.messages = messages;
    }

    void show(CheckReport r) {
        statusLine.set(text(r, "check.statusLine"));
        statusFigures.set(text(r, "check.statusFigures"));
    }

    void clear() {
        statusLine.set("");
        statusFigures.set("");
    }

    /**
     * {@code key} is the sentence of the figures ({@code check.statusLine}) or the figures alone
     * ({@code check.statusFigures}); an own activity counts its professional row, as the panel does.
     */
    private String text(CheckReport r, String key) {
        CoverageReport c = r.coverage();
        int covered = r.isOwnActivity() ? c.professionalCovered().size() : c.coveredElements();
        int total = r.isOwnActivity() ? c.professionalCovered().size() + c.professionalMissing().size()
                : c.totalElements();
        long flagged = r.entries().stream().filter(f -> !f.flags().isEmpty()).count();
        return messages.get(key, covered, total, c.attitudes().present().size(), c.attitudes().total(),
                flagged);
    }

    /**
     * The summary short enough for the status bar beside its other parts at the usual window widths; empty while
     * there is no report.
     */
    public ReadOnlyStringProperty statusLineProperty() {
        return statusLine.getReadOnlyProperty();
    }

    /**
     * The figures of {@link #statusLineProperty()} alone ("4/14 elementen · 3/10 houdingen · 2 badges"), for a status
     * bar too narrow for that sentence beside a message (1024 px, session 23); empty while there is no report.
     */
    public ReadOnlyStringProperty statusFiguresProperty() {
        return statusFigures.getReadOnlyProperty();
    }
}
