package nl.personacanvas.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.personacanvas.model.Workbook;

/**
 * The one-line summary of a {@link CheckReport}, and the name of the activity it was checked against, from the
 * check bundle: the check panel, the {@code check} command's text and its json all say them through here.
 */
final class CheckSummary {
    private final ResourceBundle messages;
    private final Locale locale;

    CheckSummary(Locale locale) {
        this.locale = locale;
        this.messages = CheckMessages.bundle(locale);
    }

    /** The line of a report alone: one checked without matrix activity is taken for the school's own activity. */
    String line(CheckReport report) {
        return line(report, text("activity.own"));
    }

    /**
     * The line of a report on a persona of {@code workbook}: one whose workbook names no core activity (checked as an
     * own activity is) begins as the persona list's group does, "Zonder kernactiviteit", not as the school's own
     * activity (ux29b).
     */
    String line(CheckReport report, Workbook workbook) {
        return line(report, activity(report, workbook));
    }

    /** "A4", "Eigen kernactiviteit" or "Zonder kernactiviteit" ("Own core activity", "No core activity"). */
    String activity(CheckReport report, Workbook workbook) {
        if (!report.isOwnActivity()) {
            return report.matrixActivityId();
        }
        boolean named = workbook.persona(report.personaId()).flatMap(workbook::activityOf).isPresent();
        return text(named ? "activity.own" : "activity.none");
    }

    /** @param activity how a report without matrix activity (checked on the professional row) begins */
    private String line(CheckReport report, String activity) {
        CoverageReport c = report.coverage();
        String coverage = report.isOwnActivity()
                ? format("summary.professional", activity, c.professionalCovered().size(),
                        c.professionalCovered().size() + c.professionalMissing().size())
                : format("summary.coverage", c.coveredElements(), c.totalElements());
        return format("summary.line", coverage, c.attitudes().present().size(), c.attitudes().total(),
                report.count(EntryFlag.MISPLACED), report.count(EntryFlag.TOO_GENERAL),
                report.count(EntryFlag.OTHER_PERSON), report.count(EntryFlag.OVERLAP));
    }

    private String text(String key) {
        return messages.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
