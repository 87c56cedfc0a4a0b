package nl.personacanvas.ui.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import nl.personacanvas.matrix.CompetencyMatrix;

/**
 * Reads the About dialog's content from the jar: the bundled matrix's version, the third-party notices and
 * the project licence (both copied into this package from the repository's root by the build).
 */
public final class AboutContentLoader implements Callable<AboutContent> {
    static final String NOTICES = "THIRD-PARTY-NOTICES.md";
    static final String LICENCE = "LICENSE";

    @Override
    public AboutContent call() {
        return new AboutContent(CompetencyMatrix.loadBundled().version(), ThirdPartyNotices.parse(text(NOTICES)),
                text(LICENCE));
    }

    private static String text(String resource) {
        try (InputStream in = AboutContentLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " next to " + AboutContentLoader.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
