package nl.personacanvas.check;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The one-line summary of a {@link CheckReport}, from the check bundle. */
final class CheckSummary {
    private final ResourceBundle messages;
    private final Locale locale;

    CheckSummary(Locale locale) {
        this.locale = locale;
        this.messages = CheckMessages.bundle(locale);
    }

    String line(CheckReport report) {
        return line(report, "summary.ownActivity");
    }

    /**
     * The line of a persona whose workbook names no core activity: it begins as the persona list's group does,
     * "Zonder kernactiviteit", not as the school's own activity (ux29b).
     */
    String lineWithoutActivity(CheckReport report) {
        return line(report, "summary.noActivity");
    }

    /** @param professionalKey how a report without matrix activity (checked on the professional row) begins */
    private String line(CheckReport report, String professionalKey) {
        CoverageReport c = report.coverage();
        String coverage = report.isOwnActivity()
                ? format(professionalKey, c.professionalCovered().size(),
                        c.professionalCovered().size() + c.professionalMissing().size())
                : format("summary.coverage", c.coveredElements(), c.totalElements());
        return format("summary.line", coverage, c.attitudes().present().size(), c.attitudes().total(),
                report.count(EntryFlag.MISPLACED), report.count(EntryFlag.TOO_GENERAL),
                report.count(EntryFlag.OTHER_PERSON), report.count(EntryFlag.OVERLAP));
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), locale).format(args);
    }
}
