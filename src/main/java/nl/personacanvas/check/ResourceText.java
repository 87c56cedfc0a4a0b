package nl.personacanvas.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the checker's data files: UTF-8 lines, {@code #} starts a comment, blank lines are skipped. */
final class ResourceText {

    private ResourceText() {
    }

    static List<String> lines(String name) {
        try (InputStream in = ResourceText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing checker resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> result = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    result.add(content);
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return String.join("\n", lines(name));
    }
}
