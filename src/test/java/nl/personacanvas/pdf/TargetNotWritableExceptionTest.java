package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Session 23 (rob23): why a PDF could not be written, in the user's words. A full disk (a plain IOException from the
 * stream, "No space left on device") was shown in the system's English; a name too long as "is it open in a PDF
 * reader?".
 */
class TargetNotWritableExceptionTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final Path target = Path.of("/tmp/posters/Laura \u0639\u0627\u0626\u0634\u0629 \uD83C\uDF0D.pdf").toAbsolutePath();

    @Test
    void aFullDiskIsSaidAsSuchInBothLanguages() {
        TargetNotWritableException full = TargetNotWritableException.of(target,
                new IOException("No space left on device")).orElseThrow();
        assertThat(full.reason()).isEqualTo(TargetNotWritableException.Reason.DISK_FULL);
        assertThat(full.describe(NL)).isEqualTo(target.getFileName() + " kon niet worden opgeslagen: de schijf met de map "
                + target.getParent() + " is vol. Er is niets veranderd; maak ruimte vrij of kies een andere schijf.");
        assertThat(full.describe(Locale.ENGLISH)).isEqualTo(target.getFileName() + " could not be saved: the disk with"
                + " the folder " + target.getParent() + " is full. Nothing was changed; free some space or choose another disk.");
    }

    @Test
    void aFileThatCannotBeReplacedStillAsksAboutAReaderAndAFailureOfThePdfItselfIsNone() {
        TargetNotWritableException denied = TargetNotWritableException.of(target,
                new AccessDeniedException(target + ".tmp")).orElseThrow();
        assertThat(denied.reason()).isEqualTo(TargetNotWritableException.Reason.NOT_REPLACEABLE);
        assertThat(denied.describe(NL)).contains("open in een pdf-lezer").doesNotContain(".tmp");
        assertThat(TargetNotWritableException.of(target, new IOException("Error: Expected a long type"))).isEmpty();
    }
}
