package nl.personacanvas.matrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * An attitude of the matrix named for a reader of one language. The matrix names its attitudes in Dutch
 * ("benaderbaar") and the check, the files and the command line keep that name; English readers get the English gloss
 * ("approachable") where room is short and the gloss with the matrix's word beside it ("approachable (benaderbaar)")
 * where there is room, so the Dutch text quoted around it can still be matched. The one source of the glosses for
 * the window and the PDFs (session 28: the PDFs named attitudes in Dutch only).
 */
public final class AttitudeGlosses {
    private static final String GLOSSES = "attitude-glosses_en.properties";

    private final Properties english = new Properties();

    public AttitudeGlosses() {
        try (InputStream in = AttitudeGlosses.class.getResourceAsStream(GLOSSES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + GLOSSES);
            }
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "approachable" for an English reader, "benaderbaar" for any other. */
    public String name(String matrixName, Locale reader) {
        return english(reader) ? english.getProperty(matrixName, matrixName) : matrixName;
    }

    /** "approachable (benaderbaar)" for an English reader; the matrix's name alone where the gloss says the same. */
    public String nameWithMatrixWord(String matrixName, Locale reader) {
        String shown = name(matrixName, reader);
        return shown.equals(matrixName) ? matrixName : shown + " (" + matrixName + ")";
    }

    /** The reader's language is not the matrix's Dutch: quoted matrix texts need saying so. */
    public static boolean english(Locale reader) {
        return "en".equals(reader.getLanguage());
    }
}
