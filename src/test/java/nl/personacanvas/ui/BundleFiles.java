package nl.personacanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the UI bundle tests read: a bundle file as written, its keys, and the source code that uses them. */
public final class BundleFiles {
    private BundleFiles() {
    }

    /** @param folder the bundle's resource folder, e.g. {@code /nl/personacanvas/ui/export} */
    public static Properties bundle(String folder, String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleFiles.class.getResourceAsStream(folder + "/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    public static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    /** Every main Java source below {@code folder}, joined, to search for key literals. */
    public static String sourceBelow(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
