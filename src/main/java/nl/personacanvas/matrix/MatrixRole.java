package nl.personacanvas.matrix;

import java.util.Arrays;
import java.util.Optional;
import nl.personacanvas.model.Quadrant;

/**
 * The rows of Tabel 3, top to bottom. The key is the name used in the matrix resource and in element ids
 * ({@code A4.design.2}).
 */
public enum MatrixRole {
    /** The cross-cutting row that spans all activities; no canvas quadrant of its own. */
    PROFESSIONAL("professional", null),
    DESIGN("design", Quadrant.DESIGN),
    DELIVER("deliver", Quadrant.DELIVER),
    ORGANISE("organise", Quadrant.ORGANISE),
    ATTITUDES("attitudes", Quadrant.ATTITUDE);

    private final String key;
    private final Quadrant quadrant;

    MatrixRole(String key, Quadrant quadrant) {
        this.key = key;
        this.quadrant = quadrant;
    }

    public String key() {
        return key;
    }

    /** The canvas quadrant this row fills, empty for the professional row. */
    public Optional<Quadrant> quadrant() {
        return Optional.ofNullable(quadrant);
    }

    public static Optional<MatrixRole> fromKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    /** The row that corresponds to a canvas quadrant; every quadrant has exactly one. */
    public static MatrixRole of(Quadrant quadrant) {
        return Arrays.stream(values()).filter(r -> r.quadrant == quadrant).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No matrix row for " + quadrant));
    }
}
