package nl.personacanvas.check;

import java.util.Objects;

/**
 * A matrix element an entry addresses.
 *
 * @param elementId  e.g. {@code A4.deliver.5} or {@code P.3}
 * @param confidence 0..1; 1 for a link a person set
 * @param manual     a person linked the entry to this element (such links win over automatic matches)
 */
public record ElementMatch(String elementId, double confidence, boolean manual) {

    public ElementMatch {
        Objects.requireNonNull(elementId, "elementId");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence);
        }
    }
}
