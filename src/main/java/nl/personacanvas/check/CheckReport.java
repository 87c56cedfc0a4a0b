package nl.personacanvas.check;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.personacanvas.model.Workbook;

/**
 * Everything the checker found on one persona's canvas.
 *
 * @param personaId        the persona
 * @param matrixActivityId A1..A5, or null for a school's own activity
 * @param matrixVersion    the matrix version checked against
 * @param entries          one finding per entry with text, in canvas order (quadrant by quadrant); an entry
 *                         without text has none
 * @param coverage         the canvas against the matrix
 */
public record CheckReport(String personaId, String matrixActivityId, String matrixVersion, List<EntryFinding> entries,
                          CoverageReport coverage) {

    public CheckReport {
        Objects.requireNonNull(personaId, "personaId");
        entries = List.copyOf(entries);
        Objects.requireNonNull(coverage, "coverage");
    }

    public Optional<EntryFinding> finding(String entryId) {
        return entries.stream().filter(f -> f.entryId().equals(entryId)).findFirst();
    }

    public long count(EntryFlag flag) {
        return entries.stream().filter(f -> f.has(flag)).count();
    }

    public boolean isOwnActivity() {
        return matrixActivityId == null;
    }

    /**
     * One line for the panel, in the UI language (Dutch or English), of a report alone: without its workbook, a
     * persona checked without matrix activity is taken for one of the school's own activity.
     */
    public String summary(Locale locale) {
        return new CheckSummary(locale).line(this);
    }

    /**
     * The line the check panel and the {@code check} command show for a persona of {@code workbook}: one whose
     * workbook names no core activity (checked as an own activity is) is said to be "Zonder kernactiviteit" / "No core
     * activity", as the persona list says, where the school's own activity is "Eigen kernactiviteit".
     */
    public String summary(Locale locale, Workbook workbook) {
        return new CheckSummary(locale).line(this, workbook);
    }
}
