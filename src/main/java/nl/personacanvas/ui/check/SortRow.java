package nl.personacanvas.ui.check;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.personacanvas.check.Placement;
import nl.personacanvas.check.SortedStatement;

/**
 * One loose statement in the sort dialog: the checker's proposal, which the user may change. A
 * statement placed as generic (too general, another person's task) starts excluded.
 */
public final class SortRow {
    private final SortedStatement proposal;
    private final ObjectProperty<Placement> placement;
    private final BooleanProperty included;

    SortRow(SortedStatement proposal) {
        this.proposal = proposal;
        this.placement = new SimpleObjectProperty<>(this, "placement", proposal.placement());
        this.included = new SimpleBooleanProperty(this, "included", proposal.placement() != Placement.GENERIC);
        // Choosing a quadrant for a generic statement means the user wants it on the canvas after all.
        placement.addListener((obs, old, now) -> included.set(now != Placement.GENERIC));
    }

    public String text() {
        return proposal.text();
    }

    public SortedStatement proposal() {
        return proposal;
    }

    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    public BooleanProperty includedProperty() {
        return included;
    }
}
