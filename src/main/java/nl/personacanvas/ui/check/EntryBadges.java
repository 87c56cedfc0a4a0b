package nl.personacanvas.ui.check;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.WeakMapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.personacanvas.check.EntryFinding;
import nl.personacanvas.check.EntryFlag;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.canvas.EntryDecorator;
import nl.personacanvas.ui.canvas.QuadrantTexts;

/**
 * The checker's badges beside each sticky note's text: misplaced (a click moves it), too general,
 * another person's task, overlap (lights up the twin) and the link to matrix elements. Small icon chips
 * with a tooltip and an accessible text, beside the text rather than under it, so a report arriving
 * while the user types or clicks never shifts the notes below.
 */
public final class EntryBadges implements EntryDecorator {
    private static final PseudoClass TWIN = PseudoClass.getPseudoClass("twin");
    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");

    private final CheckPanelViewModel viewModel;
    private final Messages messages;
    private final Consumer<String> openLinks;

    /** @param openLinks opens the link dialog for an entry id */
    public EntryBadges(CheckPanelViewModel viewModel, Messages messages, Consumer<String> openLinks) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.openLinks = openLinks;
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
        private final Button link = new Button(null, new FontIcon(Material2AL.LINK));
        /** Held by the row so the weak listener lives exactly as long as the note. */
        private final MapChangeListener<String, EntryFinding> onFinding;
        private final ChangeListener<String> onHighlight;

        Row(Node entryNode) {
            super(2);
            setAlignment(Pos.TOP_LEFT);
            this.entryNode = entryNode;
            getStyleClass().add("entry-badges");
            link.getStyleClass().addAll("badge-link", "flat");
            link.setTooltip(new Tooltip(messages.get("badge.link.tooltip")));
            link.setAccessibleText(messages.get("badge.link.tooltip"));
            link.setFocusTraversable(false);
            link.setOnAction(e -> {
                if (entryId != null) {
                    openLinks.accept(entryId);
                }
            });
            onFinding = change -> {
                if (change.getKey().equals(entryId)) {
                    refresh();
                }
            };
            viewModel.findings().addListener(new WeakMapChangeListener<>(onFinding));
            onHighlight = (obs, old, now) -> entryNode.pseudoClassStateChanged(TWIN, now != null && now.equals(entryId));
            viewModel.highlightedEntryProperty().addListener(new WeakChangeListener<>(onHighlight));
        }

        void show(String id) {
            entryId = id;
            link.setId(id == null ? null : "link-" + id);
            entryNode.pseudoClassStateChanged(TWIN, id != null && id.equals(viewModel.highlightedEntryProperty().get()));
            refresh();
        }

        private void refresh() {
            EntryFinding finding = entryId == null ? null : viewModel.findings().get(entryId);
            getChildren().clear();
            link.pseudoClassStateChanged(LINKED, false);
            if (finding != null) {
                finding.suggestedQuadrant().ifPresent(q -> {
                    String where = QuadrantTexts.title(messages, q);
                    Button move = new Button(null, new FontIcon(Material2AL.ARROW_FORWARD));
                    chip(move, "badge-misplaced", messages.get("badge.misplaced", where),
                            messages.get("badge.misplaced.tooltip", where));
                    move.setOnAction(e -> viewModel.moveToSuggested(entryId));
                });
                if (finding.has(EntryFlag.TOO_GENERAL)) {
                    chip(new Label(null, new FontIcon(Material2AL.BLUR_ON)), "badge-too-general",
                            messages.get("badge.tooGeneral"), messages.get("badge.tooGeneral.tooltip"));
                }
                if (finding.has(EntryFlag.OTHER_PERSON)) {
                    chip(new Label(null, new FontIcon(Material2MZ.PERSON_OUTLINE)), "badge-other-person",
                            messages.get("badge.otherPerson"), messages.get("badge.otherPerson.tooltip"));
                }
                finding.twin().ifPresent(twin -> {
                    Button overlap = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
                    chip(overlap, "badge-overlap", messages.get("badge.overlap"), messages.get("badge.overlap.tooltip"));
                    overlap.setOnMouseEntered(e -> viewModel.highlightedEntryProperty().set(twin));
                    overlap.setOnMouseExited(e -> viewModel.highlightedEntryProperty().set(null));
                    overlap.setOnAction(e -> viewModel.highlightedEntryProperty().set(
                            twin.equals(viewModel.highlightedEntryProperty().get()) ? null : twin));
                });
                boolean linked = finding.elements().stream().anyMatch(m -> m.manual());
                link.pseudoClassStateChanged(LINKED, linked);
            }
            getChildren().add(link);
        }

        private void chip(javafx.scene.control.Labeled chip, String styleClass, String name, String tooltip) {
            chip.getStyleClass().addAll("badge", styleClass);
            chip.setId(styleClass + "-" + entryId);
            chip.setTooltip(new Tooltip(name + ": " + tooltip));
            chip.setAccessibleText(name + ". " + tooltip);
            chip.setFocusTraversable(false);
            getChildren().add(chip);
        }
    }
}
