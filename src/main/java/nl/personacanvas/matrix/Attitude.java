package nl.personacanvas.matrix;

import java.util.Objects;

/**
 * One underlying attitude (houding) from the bottom row of Tabel 3.
 *
 * @param id         {@code H.1}..{@code H.7} for the shared ones, {@code A1.attitude.1} etc. for the specific ones
 * @param name       the attitude as the table words it, in lower case ("cultureel sensitief")
 * @param activityId the activity it is specific to, null for an attitude shared by all activities
 */
public record Attitude(String id, String name, String activityId) {

    public Attitude {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
