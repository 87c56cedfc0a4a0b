package nl.personacanvas.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four parts of a persona canvas, in the order the study's appendix draws them
 * (top-left, top-right, bottom-left, bottom-right). The key is the stable name used in files and on
 * the command line.
 */
public enum Quadrant {
    DESIGN("design"),
    DELIVER("deliver"),
    ORGANISE("organise"),
    ATTITUDE("attitude");

    private final String key;

    Quadrant(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Quadrant> fromKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
