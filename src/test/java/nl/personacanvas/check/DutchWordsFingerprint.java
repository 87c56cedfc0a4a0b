package nl.personacanvas.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.personacanvas.matrix.CompetencyMatrix;

/**
 * A fingerprint of what {@code dutch-words.txt} is derived from: the data files whose words become the analyser's
 * known stems, plain words and rules (comments left out), and the matrix's version. {@link DutchWordsGenerator}
 * writes it into the list's header; {@code DutchWordsTest} recomputes it, so a lexicon changed without running
 * {@code packaging/dutch-words.sh} fails a test instead of leaving the list stale unnoticed.
 */
final class DutchWordsFingerprint {
    static final String HEADER = "# Inputs (SHA-256): ";
    /** The files {@link Lexicons} hands to {@code TextAnalyzer.create}, and the analysis files it reads itself. */
    private static final List<String> INPUTS = List.of("attitudes.txt", "attitude-evidence.txt", "actors.txt",
            "international-cues.txt", "element-keywords.txt", "training-statements.txt", "inflection-rules.txt",
            "compound-parts.txt", "synonyms.txt", "meaningful-stopwords.txt");
    static final Path LIST = Path.of("src/main/resources/nl/personacanvas/check", TextAnalyzer.DUTCH_WORDS);

    private DutchWordsFingerprint() {
    }

    /** The fingerprint of the current inputs. */
    static String current() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : INPUTS) {
                digest.update((name + "\n" + ResourceText.text(name) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            digest.update(("matrix " + CompetencyMatrix.loadBundled().version()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint the committed list was derived with, or "" when its header has none. */
    static String recorded() {
        try {
            return Files.readAllLines(LIST, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(HEADER))
                    .map(line -> line.substring(HEADER.length()).strip())
                    .findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
