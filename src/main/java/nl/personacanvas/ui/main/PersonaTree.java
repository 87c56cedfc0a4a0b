package nl.personacanvas.ui.main;

import nl.personacanvas.ui.LeftToRight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import nl.personacanvas.ui.Messages;

/**
 * The persona list: the workbook itself first, then each core activity with its personas. Tree items
 * are reused by id when the groups change, and the selection is carried over, so renaming a persona
 * or an undo does not jump the list around.
 */
final class PersonaTree extends TreeView<Object> {

    /** The tree row that opens the workbook page. */
    record WorkbookNode(String title) {
    }

    private final PersonaListViewModel viewModel;
    private final TreeItem<Object> workbookItem;
    private final Map<String, TreeItem<Object>> personaItems = new HashMap<>();
    private final Map<String, TreeItem<Object>> groupItems = new HashMap<>();
    private boolean syncing;

    PersonaTree(PersonaListViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        setId("persona-tree");
        setAccessibleText(messages.get("personas.accessible"));
        setShowRoot(false);
        setRoot(new TreeItem<>());
        workbookItem = new TreeItem<>(new WorkbookNode(messages.get("personas.workbook")));
        setCellFactory(tree -> new Cell(messages));

        viewModel.groupsProperty().addListener((obs, old, now) -> rebuild(now));
        viewModel.selectedPersonaIdProperty().addListener((obs, old, now) -> select(now));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.selectedPersonaIdProperty().set(
                        now != null && now.getValue() instanceof PersonaGroup.PersonaItem p ? p.id() : null);
            }
        });
        rebuild(viewModel.groupsProperty().get());
    }

    private void rebuild(List<PersonaGroup> groups) {
        syncing = true;
        try {
            List<TreeItem<Object>> top = new ArrayList<>();
            top.add(workbookItem);
            Map<String, TreeItem<Object>> keptPersonas = new HashMap<>();
            Map<String, TreeItem<Object>> keptGroups = new HashMap<>();
            for (PersonaGroup group : groups) {
                TreeItem<Object> groupItem = reuse(groupItems, group.activityId(), group);
                groupItem.setExpanded(true);
                keptGroups.put(group.activityId(), groupItem);
                List<TreeItem<Object>> children = new ArrayList<>();
                for (PersonaGroup.PersonaItem item : group.personas()) {
                    TreeItem<Object> ti = reuse(personaItems, item.id(), item);
                    keptPersonas.put(item.id(), ti);
                    children.add(ti);
                }
                if (!groupItem.getChildren().equals(children)) {
                    groupItem.getChildren().setAll(children);
                }
                top.add(groupItem);
            }
            personaItems.clear();
            personaItems.putAll(keptPersonas);
            groupItems.clear();
            groupItems.putAll(keptGroups);
            if (!getRoot().getChildren().equals(top)) {
                getRoot().getChildren().setAll(top);
            }
        } finally {
            syncing = false;
        }
        select(viewModel.selectedPersonaIdProperty().get());
    }

    private static TreeItem<Object> reuse(Map<String, TreeItem<Object>> items, String id, Object value) {
        TreeItem<Object> item = items.get(id);
        if (item == null) {
            return new TreeItem<>(value);
        }
        if (!item.getValue().equals(value)) {
            item.setValue(value);
        }
        return item;
    }

    private void select(String personaId) {
        TreeItem<Object> wanted = personaId == null ? workbookItem : personaItems.get(personaId);
        if (wanted != null && getSelectionModel().getSelectedItem() != wanted) {
            syncing = true;
            try {
                getSelectionModel().select(wanted);
            } finally {
                syncing = false;
            }
            scrollIntoView(getRow(wanted));
        }
    }

    /** Scrolling rebuilds every cell, so only when the row is out of sight (a new or filtered persona). */
    private void scrollIntoView(int row) {
        if (row < 0) {
            return;
        }
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null && row > flow.getFirstVisibleCell().getIndex()
                && row < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        scrollTo(Math.max(0, row - 3));
    }

    private static final class Cell extends TreeCell<Object> {
        private static final PseudoClass PERSONA = PseudoClass.getPseudoClass("persona-cell");
        private static final PseudoClass GROUP = PseudoClass.getPseudoClass("group-cell");
        private static final PseudoClass WORKBOOK = PseudoClass.getPseudoClass("workbook-cell");
        private static final List<PseudoClass> KINDS = List.of(PERSONA, GROUP, WORKBOOK);
        private static final int HEADING_LINES = 2;
        private final Messages messages;
        private final Label name = new Label();
        private final Label role = new Label();
        private final VBox nameAndRole = new VBox();
        /** The group heading's whole text, made with the first group row this cell shows. */
        private Tooltip wholeHeading;
        /** A group row's group; what the row draws of its heading may be cut (layoutChildren). */
        private PersonaGroup group;

        Cell(Messages messages) {
            this.messages = messages;
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
                String whole = headingOf(g.title());
                setText(whole);
                setAccessibleText(whole);
                wholeAsTooltip(whole);
            } else if (item instanceof WorkbookNode w) {
                kind(WORKBOOK);
                setGraphic(null);
                setWrapText(false);
                setText(w.title());
                setAccessibleText(null);
                wholeAsTooltip(null);
            }
        }

        /**
         * The list measures a row's height for the row's full width, but the tree cell lays its text out
         * beside the arrow: a wrapped group heading got too few lines and lost its end and its count
         * ("… (al dan niet in het ..."). Measured for the width the text really gets.
         * <p>
         * A heading takes at most {@link #HEADING_LINES} lines: whole, the matrix's long names (A4's) took five to
         * seven at the 942 px window of a 1024 × 768 screen, and of the Alfa-college sample's five personas three were
         * in sight (ux29). Cut, the code, the part of the name that tells it from the other groups' and the count stay
         * ("A4 · …en studenten begeleiden in stagetrajecten… (2)"); the whole heading is the row's tooltip and what a
         * screen reader says.
         */
        @Override
        protected double computePrefHeight(double width) {
            Node arrow = getDisclosureNode();
            boolean besideArrow = width > 0 && isWrapText() && arrow != null && arrow.isVisible()
                    && getTreeItem() != null && !getTreeItem().isLeaf();
            if (!besideArrow) {
                return super.computePrefHeight(width);
            }
            double text = Math.min(height(getText(), textWidth(width)),
                    lines("X" + "\nX".repeat(HEADING_LINES - 1)).getLayoutBounds().getHeight());
            // A pixel over the lines' height: given exactly that, the skin drew one line less and cut there.
            return snappedTopInset() + snappedBottomInset() + getLabelPadding().getTop()
                    + getLabelPadding().getBottom() + Math.ceil(text) + 1;
        }

        /**
         * A group row's title cut at a word to {@link #HEADING_LINES} lines, by the cell itself: the skin's own cut of
         * wrapped text kept one line of two ("A5 · Groepsuitwisseling ..."), whatever the overrun style.
         */
        @Override
        protected void layoutChildren() {
            if (getItem() instanceof PersonaGroup && group != null && getWidth() > 0) {
                String shown = fitted(textWidth(getWidth()));
                if (!shown.equals(getText())) {
                    setText(shown);
                }
            }
            super.layoutChildren();
        }

        /**
         * The group's heading whole, or else its {@linkplain PersonaGroup#distinct distinct part}, with words left off
         * its end where that is too long as well, its count kept. Cut at the end only, the matrix's activities all
         * read "A2 · Internationale en interculturele…", "A4 · Internationale en interculturele…" (ux29b).
         */
        private String fitted(double width) {
            double most = lines("X" + "\nX".repeat(HEADING_LINES - 1)).getLayoutBounds().getHeight() + 0.5;
            String whole = headingOf(group.title());
            if (height(whole, width) <= most) {
                return whole;
            }
            String[] words = group.distinct().split(" ");
            for (int shown = words.length; shown > 1; shown--) {
                String kept = String.join(" ", Arrays.copyOf(words, shown));
                String cut = headingOf(shown == words.length ? kept : kept + getEllipsisString());
                if (height(cut, width) <= most) {
                    return cut;
                }
            }
            return headingOf(words[0] + getEllipsisString());
        }

        /** "A4 · Stages in het buitenland (2)". */
        private String headingOf(String title) {
            return messages.get("personas.group", title, group.personas().size());
        }

        /** The width a group heading's text gets beside the arrow. */
        private double textWidth(double cellWidth) {
            Node arrow = getDisclosureNode();
            double arrowWidth = arrow != null && arrow.isVisible() ? arrow.prefWidth(-1) : 0;
            return Math.max(1, cellWidth - snappedLeftInset() - snappedRightInset() - arrowWidth
                    - getLabelPadding().getLeft()
                    - getLabelPadding().getRight());
        }

        private double height(String text, double width) {
            Text measured = lines(text);
            measured.setWrappingWidth(width);
            return measured.getLayoutBounds().getHeight();
        }

        /** {@code text} as the cell draws it, to measure. */
        private Text lines(String text) {
            Text lines = new Text(text);
            lines.setFont(getFont());
            lines.setLineSpacing(getLineSpacing());
            // As the skin's text measures itself: with the logical bounds two lines came out 2 px lower.
            lines.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            return lines;
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
}
