package nl.personacanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The three ways a file a user picks can fail to open, each with the words its error message must contain. */
public enum BadWorkbookFiles {
    /** A workbook cut off or edited by hand: broken JSON. */
    CORRUPT("Ongeldige JSON"),
    /** A picture picked by mistake, renamed to .pcanvas. */
    NOT_A_WORKBOOK("geen werkboek van Persona Canvas"),
    /** Saved by a newer version of the app. */
    FUTURE_VERSION("nieuwere versie");

    /** What the Dutch error message says about this kind of file. */
    public final String dutchReason;

    BadWorkbookFiles(String dutchReason) {
        this.dutchReason = dutchReason;
    }

    /** Writes such a file into {@code ui}'s folder and returns it. */
    public Path writeInto(UiFixture ui) throws IOException {
        return switch (this) {
            case CORRUPT -> Files.writeString(ui.folder.resolve("cut-off.pcanvas"), fixture("broken.pcanvas"),
                    StandardCharsets.UTF_8);
            case NOT_A_WORKBOOK -> Files.write(ui.folder.resolve("photo.pcanvas"), new byte[] {(byte) 0x89, 'P', 'N',
                    'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'});
            case FUTURE_VERSION -> Files.writeString(ui.folder.resolve("newer.pcanvas"),
                    fixture("twente.pcanvas").replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7"),
                    StandardCharsets.UTF_8);
        };
    }

    /** Names of its own, so a test may also have the fixtures themselves in its folder. */
    private static String fixture(String name) throws IOException {
        try (InputStream in = BadWorkbookFiles.class.getResourceAsStream("/ui/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
