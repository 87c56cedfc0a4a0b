package nl.personacanvas.check;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of every labelled statement the checker's workers may read (studied, blind and own sets, and the probes),
 * for the tests that prove a shortcut exact by comparing it with the reading it replaces. Never the unseen sets.
 */
final class ReadableStatements {
    private ReadableStatements() {
    }

    static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        Path dir = Path.of("src/test/resources/check");
        readAll(dir, "{studied,blind,own}-*.jsonl", texts);
        readAll(dir.resolve("probes"), "*.jsonl", texts);
        return texts;
    }

    /** One probe file of {@code probes/}, as the probe tests hold it at its measured level. */
    static List<LabelledStatement> probes(String fileName) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of("src/test/resources/check/probes", fileName),
                StandardCharsets.UTF_8)) {
            return new LabelledStatementReader().read(in);
        }
    }

    private static void readAll(Path dir, String glob, List<String> texts) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path file : files) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    new LabelledStatementReader().read(in).forEach(s -> texts.add(s.text()));
                }
            }
        }
    }
}
