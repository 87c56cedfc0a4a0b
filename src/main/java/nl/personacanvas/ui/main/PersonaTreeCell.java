package nl.personacanvas.ui.main;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.VBox;
import nl.personacanvas.ui.LeftToRight;
import nl.personacanvas.ui.Messages;

/**
 * A row of the persona list: the workbook's title, a core activity's heading (cut to {@link GroupHeading#LINES}
 * lines, whole in its tooltip) or a persona's name with its role beneath.
 */
final class PersonaTreeCell extends TreeCell<Object> {
    private static final PseudoClass PERSONA = PseudoClass.getPseudoClass("persona-cell");
    private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group-cell");
    private static final PseudoClass WORKBOOK = PseudoClass.getPseudoClass("workbook-cell");
    private static final List<PseudoClass> KINDS = List.of(PERSONA, GROUP, WORKBOOK);
    private final Messages messages;
    private final GroupHeading heading;
    private final Label name = new Label();
    private final Label role = new Label();
    private final VBox nameAndRole = new VBox();
    /** The group heading's whole text, made with the first group row this cell shows. */
    private Tooltip wholeHeading;
    /** A group row's group; what the row draws of its heading may be cut (layoutChildren). */
    private PersonaGroup group;

    PersonaTreeCell(Messages messages) {
        this.messages = messages;
        this.heading = new GroupHeading(this, messages);
        // Cells as wide as the list, so long role sentences are cut off instead of scrolling sideways.
        setPrefWidth(0);
        name.getStyleClass().add("persona-name");
        role.getStyleClass().add("persona-role");
        nameAndRole.getChildren().addAll(name, role);
        setTextOverrun(OverrunStyle.WORD_ELLIPSIS);
        // The mark a cut heading gets at its end, as the one at its start (DistinctStarts).
        setEllipsisString(DistinctStarts.LEFT_OFF);
    }

    /**
     * Changes only what differs: the kind of row is a pseudo-class, as a style class change makes the
     * cell and its labels look up their styles anew (the list measures all its rows with one cell), and
     * taking the graphic out and back in restyles it too, which on a persona switch (when the selected
     * cells update) cost more than the canvas itself.
     */
    @Override
    protected void updateItem(Object item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            kind(null);
            setGraphic(null);
            setText(null);
            wholeAsTooltip(null);
            return;
        }
        if (item instanceof PersonaGroup.PersonaItem p) {
            kind(PERSONA);
            name.setText(p.name().isBlank() ? messages.get("personas.unnamed") : LeftToRight.line(p.name()));
            role.setText(p.role());
            role.setVisible(!p.role().isBlank());
            role.setManaged(role.isVisible());
            setText(null);
            setWrapText(false);
            if (getGraphic() != nameAndRole) {
                setGraphic(nameAndRole);
            }
            setAccessibleText(p.name() + " " + p.role());
            wholeAsTooltip(null);
        } else if (item instanceof PersonaGroup g) {
            kind(GROUP);
            setGraphic(null);
            setWrapText(true);
            group = g;
            String whole = heading.whole(g);
            setText(whole);
            setAccessibleText(whole);
            wholeAsTooltip(whole);
        } else if (item instanceof PersonaTree.WorkbookNode w) {
            kind(WORKBOOK);
            setGraphic(null);
            setWrapText(false);
            setText(w.title());
            setAccessibleText(null);
            wholeAsTooltip(null);
        }
    }

    /** A group row is as tall as its heading beside the arrow ({@link GroupHeading#rowHeight}). */
    @Override
    protected double computePrefHeight(double width) {
        Node arrow = getDisclosureNode();
        boolean besideArrow = width > 0 && isWrapText() && arrow != null && arrow.isVisible()
                && getTreeItem() != null && !getTreeItem().isLeaf();
        if (!besideArrow) {
            return super.computePrefHeight(width);
        }
        // A pixel over the lines' height: given exactly that, the skin drew one line less and cut there.
        return snappedTopInset() + snappedBottomInset() + getLabelPadding().getTop()
                + getLabelPadding().getBottom() + Math.ceil(heading.rowHeight(getText(), width)) + 1;
    }

    /**
     * A group row's heading cut at a word by the cell itself: the skin's own cut of wrapped text kept one line of two
     * ("A5 · Groepsuitwisseling ..."), whatever the overrun style.
     */
    @Override
    protected void layoutChildren() {
        if (getItem() instanceof PersonaGroup && group != null && getWidth() > 0) {
            String shown = heading.fitted(group, getWidth());
            if (!shown.equals(getText())) {
                setText(shown);
            }
        }
        super.layoutChildren();
    }

    /** A group row's whole heading as tooltip, or none for the other rows. */
    private void wholeAsTooltip(String whole) {
        if (whole == null) {
            if (getTooltip() != null) {
                setTooltip(null);
            }
            return;
        }
        if (wholeHeading == null) {
            wholeHeading = new Tooltip();
            wholeHeading.setWrapText(true);
            wholeHeading.setMaxWidth(480);
        }
        wholeHeading.setText(whole);
        if (getTooltip() != wholeHeading) {
            setTooltip(wholeHeading);
        }
    }

    private void kind(PseudoClass kind) {
        for (PseudoClass other : KINDS) {
            pseudoClassStateChanged(other, other == kind);
        }
    }
}
