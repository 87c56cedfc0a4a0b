package nl.personacanvas.check;

import java.util.Arrays;
import java.util.Optional;
import nl.personacanvas.model.Quadrant;

/** Where a statement belongs: one of the four quadrants, or nowhere on the canvas ({@code generic}). */
public enum Placement {
    DESIGN("design", Quadrant.DESIGN),
    DELIVER("deliver", Quadrant.DELIVER),
    ORGANISE("organise", Quadrant.ORGANISE),
    ATTITUDE("attitude", Quadrant.ATTITUDE),
    /** Too general or another person's task: the study's analysis removed these. */
    GENERIC("generic", null);

    private static final Placement[] VALUES = values();

    private final String key;
    private final Quadrant quadrant;

    Placement(String key, Quadrant quadrant) {
        this.key = key;
        this.quadrant = quadrant;
    }

    /** The name used in files and on the command line. */
    public String key() {
        return key;
    }

    public Optional<Quadrant> quadrant() {
        return Optional.ofNullable(quadrant);
    }

    public static Placement of(Quadrant quadrant) {
        for (Placement p : VALUES) {
            if (p.quadrant == quadrant) {
                return p;
            }
        }
        throw new java.util.NoSuchElementException(String.valueOf(quadrant));
    }

    public static Optional<Placement> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
