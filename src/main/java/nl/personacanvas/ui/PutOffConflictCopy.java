package nl.personacanvas.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A sync client's conflict copy beside a workbook that the user answered "Nu niet" about: not asked again at the
 * next opening while the copy is the same, but again when a newer copy (another last-modified time) lies there.
 *
 * @param workbook the workbook's absolute path
 * @param copyName the conflict copy's file name, in the workbook's folder
 * @param modified the copy's last-modified time when it was put off (to the millisecond, as the settings keep it)
 */
public record PutOffConflictCopy(Path workbook, String copyName, Instant modified) {
    private static final String SEPARATOR = "\n";

    public PutOffConflictCopy {
        workbook = workbook.toAbsolutePath().normalize();
        Objects.requireNonNull(copyName, "copyName");
        modified = modified.truncatedTo(ChronoUnit.MILLIS);
    }

    public Path copy() {
        return workbook.resolveSibling(copyName);
    }

    /** One settings value; the workbook's path comes last, so whatever it holds is read back whole. */
    public String asSetting() {
        return modified.toEpochMilli() + SEPARATOR + copyName + SEPARATOR + workbook;
    }

    /** Empty for a value that is none (written by another version, or damaged): it only asks once more. */
    public static Optional<PutOffConflictCopy> fromSetting(String value) {
        String[] parts = value.split(SEPARATOR, 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PutOffConflictCopy(Path.of(parts[2]), parts[1],
                    Instant.ofEpochMilli(Long.parseLong(parts[0]))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
