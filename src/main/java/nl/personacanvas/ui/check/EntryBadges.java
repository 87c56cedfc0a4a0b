package nl.personacanvas.ui.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.personacanvas.check.EntryFinding;
import nl.personacanvas.check.EntryFlag;
import nl.personacanvas.model.Quadrant;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.EntryDecorator;
import nl.personacanvas.ui.canvas.QuadrantTexts;
import nl.personacanvas.ui.controls.ScrollIntoView;

/**
 * The checker's badges beside each sticky note's text: misplaced (a click moves it), too general,
 * another person's task, overlap (lights up the twin). Small icon chips with a tooltip and an accessible
 * text, beside the text rather than under it, so a report arriving while the user types or clicks never
 * shifts the notes below. Each note keeps its chips and only shows or hides them: creating controls and
 * tooltips (and changing CSS ids) per persona switch is what made switching slow.
 */
public final class EntryBadges implements EntryDecorator {
    /** Key of the entry id in a chip's {@link Node#getProperties()}, for finding it without a CSS id. */
    public static final String ENTRY_ID = "badgeEntryId";
    private static final PseudoClass TWIN = PseudoClass.getPseudoClass("twin");
    /** A badge's tooltip wraps at this width: a few short lines beside the note, not one across the screen. */
    static final double TOOLTIP_WIDTH = 320;
    private static final List<String> ORDER = List.of("badge-misplaced", "badge-too-general", "badge-other-person",
            "badge-overlap");

    private final CheckPanelViewModel viewModel;
    private final Messages messages;
    /**
     * Set while an overlap badge is chosen, so the twin's note scrolls into sight; a badge merely hovered lights the
     * twin up without moving the view away from the note being read.
     */
    private boolean revealing;

    public EntryBadges(CheckPanelViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @Override
    public Decoration decorate(Node entryNode) {
        Row row = new Row(entryNode);
        return new Decoration() {
            @Override
            public Node node() {
                return row;
            }

            @Override
            public void show(String entryId) {
                row.show(entryId);
            }
        };
    }

    private final class Row extends HBox {
        private final Node entryNode;
        private String entryId;
        private Button misplaced;
        private Label tooGeneral;
        private Label otherPerson;
        private Button overlap;
        private Quadrant suggestion;
        private String twin;
        /** Held by the row so the weak listener lives exactly as long as the note. */
        private final MapChangeListener<String, EntryFinding> onFinding;
        private final ChangeListener<String> onHighlight;

        Row(Node entryNode) {
            super(2);
            setAlignment(Pos.TOP_LEFT);
            this.entryNode = entryNode;
            getStyleClass().add("entry-badges");
            onFinding = change -> {
                if (change.getKey().equals(entryId)) {
                    refresh();
                }
            };
            viewModel.findings().addListener(new WeakMapChangeListener<>(onFinding));
            onHighlight = (obs, old, now) -> {
                boolean lit = now != null && now.equals(entryId);
                entryNode.pseudoClassStateChanged(TWIN, lit);
                if (lit && revealing) {
                    ScrollIntoView.reveal(entryNode);
                }
            };
            viewModel.highlightedEntryProperty().addListener(new WeakChangeListener<>(onHighlight));
        }

        void show(String id) {
            entryId = id;
            entryNode.pseudoClassStateChanged(TWIN, id != null && id.equals(viewModel.highlightedEntryProperty().get()));
            refresh();
        }

        private void refresh() {
            EntryFinding finding = entryId == null ? null : viewModel.findings().get(entryId);
            suggestion = finding == null ? null : finding.suggestedQuadrant().orElse(null);
            twin = finding == null ? null : finding.twin().orElse(null);
            if (suggestion != null) {
                String where = QuadrantTexts.title(messages, suggestion);
                if (misplaced == null) {
                    misplaced = chip(new Button(null, new FontIcon(Material2AL.ARROW_FORWARD)), "badge-misplaced");
                    misplaced.setFocusTraversable(true);
                    misplaced.setOnAction(e -> viewModel.moveToSuggested(entryId));
                }
                describe(misplaced, messages.get("badge.misplaced", where), messages.get("badge.misplaced.tooltip"));
            }
            showChip(misplaced, suggestion != null);
            boolean general = finding != null && finding.has(EntryFlag.TOO_GENERAL);
            if (general && tooGeneral == null) {
                tooGeneral = chip(new Label(null, new FontIcon(Material2AL.BLUR_ON)), "badge-too-general");
                describe(tooGeneral, messages.get("badge.tooGeneral"), messages.get("badge.tooGeneral.tooltip"));
            }
            showChip(tooGeneral, general);
            boolean other = finding != null && finding.has(EntryFlag.OTHER_PERSON);
            if (other && otherPerson == null) {
                otherPerson = chip(new Label(null, new FontIcon(Material2MZ.PERSON_OUTLINE)), "badge-other-person");
                describe(otherPerson, messages.get("badge.otherPerson"), messages.get("badge.otherPerson.tooltip"));
            }
            showChip(otherPerson, other);
            if (twin != null && overlap == null) {
                overlap = chip(new Button(null, new FontIcon(Material2AL.CONTENT_COPY)), "badge-overlap");
                overlap.setFocusTraversable(true);
                describe(overlap, messages.get("badge.overlap"), messages.get("badge.overlap.tooltip"));
                overlap.setOnMouseEntered(e -> viewModel.highlightedEntryProperty().set(twin));
                overlap.setOnMouseExited(e -> viewModel.highlightedEntryProperty().set(null));
                // Chosen (Space, Enter, a click) rather than hovered: the twin is scrolled into sight as well.
                overlap.setOnAction(e -> {
                    revealing = true;
                    viewModel.highlightedEntryProperty().set(
                            twin.equals(viewModel.highlightedEntryProperty().get()) ? null : twin);
                    revealing = false;
                });
            }
            showChip(overlap, twin != null);
        }

        /**
     * A chip is made the first time its note needs it, and from then on only shown or hidden. The two that do
     * something (move, show the twin) are Tab stops after the note's own buttons; the two that only say something
     * are not.
     */
        private <T extends Labeled> T chip(T chip, String styleClass) {
            chip.getStyleClass().addAll("badge", styleClass);
            chip.setFocusTraversable(false);
            // Always in the same order, whichever a note needed first. Sorted as a copy: sorting a
            // parent's children in place sets a child twice on the way and is refused.
            List<Node> chips = new ArrayList<>(getChildren());
            chips.add(chip);
            chips.sort(Comparator.comparingInt(Row::rank));
            getChildren().setAll(chips);
            return chip;
        }

        private static int rank(Node chip) {
            return ORDER.stream().filter(chip.getStyleClass()::contains).findFirst().map(ORDER::indexOf).orElse(0);
        }

        private void describe(Labeled chip, String name, String tooltip) {
            String accessible = name + ". " + tooltip;
            if (!accessible.equals(chip.getAccessibleText())) {
                chip.setAccessibleText(accessible);
                // Wrapped: on one line the misplaced badge's tip was about 1,050 px wide.
                Tooltip tip = new Tooltip(name + ": " + tooltip);
                tip.setId("badge-tooltip");
                tip.setWrapText(true);
                tip.setMaxWidth(TOOLTIP_WIDTH);
                chip.setTooltip(tip);
            }
        }

        private void showChip(Node chip, boolean shown) {
            if (chip != null) {
                if (shown) {
                    chip.getProperties().put(ENTRY_ID, entryId);
                } else {
                    chip.getProperties().remove(ENTRY_ID);
                }
                chip.setVisible(shown);
                chip.setManaged(shown);
            }
        }
    }
}
