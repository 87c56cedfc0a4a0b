package nl.personacanvas.model;

import java.util.Arrays;
import java.util.Optional;

/** The two groups Tabel 2 of the study sorts core activities into. */
public enum ActivityGroup {
    AT_HOME("at-home"),
    MOBILITY("mobility");

    private final String key;

    ActivityGroup(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<ActivityGroup> fromKey(String key) {
        return Arrays.stream(values()).filter(g -> g.key.equals(key)).findFirst();
    }
}
