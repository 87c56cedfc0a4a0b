package nl.personacanvas.model;

import java.util.UUID;

/** New stable ids: random, so canvases written on different laptops never collide when merged. */
public final class Ids {
    private Ids() {
    }

    public static String newPersonaId() {
        return "p-" + shortUuid();
    }

    public static String newEntryId() {
        return "e-" + shortUuid();
    }

    public static String newActivityId() {
        return "k-" + shortUuid();
    }

    private static String shortUuid() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
