package nl.personacanvas.ui.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.personacanvas.ui.Messages;

/**
 * An attitude of the matrix as the window names it, in the window's language of the moment. The matrix names its
 * attitudes in Dutch ("benaderbaar"), and the check, the files and the command line keep that name; an English window
 * gives the English gloss ("approachable") where room is short and the gloss with the matrix's word beside it
 * ("approachable (benaderbaar)") where there is room, so the Dutch text quoted around it can still be matched.
 */
public final class AttitudeNames {
    private static final String GLOSSES = "attitude-glosses_en.properties";

    private final Messages messages;
    private final Properties english = new Properties();

    public AttitudeNames(Messages messages) {
        this.messages = messages;
        try (InputStream in = AttitudeNames.class.getResourceAsStream(GLOSSES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + GLOSSES);
            }
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "approachable" in an English window, "benaderbaar" in a Dutch one. */
    public String name(String matrixName) {
        return english() ? english.getProperty(matrixName, matrixName) : matrixName;
    }

    /** "approachable (benaderbaar)" in an English window; the matrix's name alone where the gloss says the same. */
    public String nameWithMatrixWord(String matrixName) {
        String shown = name(matrixName);
        return shown.equals(matrixName) ? matrixName : shown + " (" + matrixName + ")";
    }

    /** The window speaks another language than the matrix's Dutch: its quoted texts need saying so. */
    public boolean matrixInOtherLanguage() {
        return english();
    }

    private boolean english() {
        return "en".equals(messages.locale().getLanguage());
    }
}
