package nl.personacanvas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's version: from the jar manifest when running from the jar, otherwise from a
 * resource Maven fills in at build time, so tests and {@code mvn exec} know it too.
 */
public final class AppVersion {
    private static final String RESOURCE = "/nl/personacanvas/io/version.properties";

    private AppVersion() {
    }

    public static String current() {
        String fromManifest = AppVersion.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : fromResource();
    }

    private static String fromResource() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "dev";
            }
            Properties props = new Properties();
            props.load(in);
            String v = props.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
