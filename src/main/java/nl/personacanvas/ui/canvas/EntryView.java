package nl.personacanvas.ui.canvas;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.Shortcuts;
import nl.personacanvas.ui.controls.DeferredTooltip;
import nl.personacanvas.ui.controls.GrowingTextArea;

/**
 * One sticky note: a drag grip, the text, and an optional note underneath. A view is rebound to
 * another entry when the canvas shows another persona: creating and styling text areas is what makes
 * a persona switch slow, so they are reused.
 */
final class EntryView extends VBox {
    /** Key of the entry id in {@link #getProperties()}; not the CSS id, which would restyle on every rebind. */
    static final String ENTRY_ID = "entryId";
    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");

    /** What the keyboard and the grip ask the canvas to do; the canvas knows where focus goes next. */
    interface Actions {
        void addAfter(EntryViewModel entry);

        void pasteAfter(EntryViewModel entry, List<String> lines);

        void remove(EntryViewModel entry);

        void moveTowards(EntryViewModel entry, QuadrantGrid.Direction direction);

        void shift(EntryViewModel entry, int delta);

        void focused(EntryViewModel entry);

        void startDrag(EntryViewModel entry, Label grip);

        void editLinks(EntryViewModel entry, Node anchor);
    }

    private final Messages messages;
    private final GrowingTextArea text = GrowingTextArea.deferred();
    private final ToggleButton noteToggle = new ToggleButton();
    private final Button linkButton = new Button();
    private final EntryRow row;
    private final ChangeListener<List<String>> linksShown = (obs, old, now) -> showLinkCount(now);
    private GrowingTextArea note;
    private EntryViewModel entry;
    private boolean binding;
    private final EntryDecorator.Decoration decoration;

    EntryView(Messages messages, Actions actions, EntryDecorator decorator) {
        this.messages = messages;
        this.decoration = decorator.decorate(this);
        getStyleClass().add("entry");

        Label grip = new Label();
        grip.setGraphic(new FontIcon(Material2AL.DRAG_INDICATOR));
        grip.getStyleClass().add("entry-grip");
        // Tooltips are made when the pointer first comes by: a card has three, a canvas some forty cards.
        DeferredTooltip.install(grip, messages.get("entry.grip.tooltip", Shortcuts.modifiers(Shortcuts.MOVE_NOTE)));
        grip.setOnDragDetected(e -> {
            actions.startDrag(entry, grip);
            e.consume();
        });

        text.getStyleClass().add("entry-text");
        text.setAccessibleText(messages.get("entry.accessible"));
        text.setPromptText(messages.get("entry.prompt"));
        text.setShrinksLongWords(true);
        text.followTextDirection();
        text.setOnMultiLinePaste(lines -> {
            actions.pasteAfter(entry, lines);
            return true;
        });
        text.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                actions.focused(entry);
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> handleKey(e, actions));

        noteToggle.setGraphic(new FontIcon(Material2MZ.STICKY_NOTE_2));
        noteToggle.getStyleClass().add("entry-note-toggle");
        DeferredTooltip.install(noteToggle, messages.get("entry.note.tooltip"));
        noteToggle.setAccessibleText(messages.get("entry.note.tooltip"));
        noteToggle.selectedProperty().addListener((obs, was, now) -> showNote(now, !binding));

        linkButton.setGraphic(new FontIcon(Material2AL.LINK));
        linkButton.getStyleClass().add("entry-links");
        String links = messages.get("entry.links.tooltip", Shortcuts.shown(Shortcuts.LINKS));
        DeferredTooltip.install(linkButton, links);
        linkButton.setAccessibleText(links);
        linkButton.setOnAction(e -> actions.editLinks(entry, linkButton));

        // The badges stay at the right edge; the buttons come and go to their left.
        HBox buttons = new HBox(2, linkButton, noteToggle, decoration.node());
        buttons.getStyleClass().add("entry-buttons");
        row = new EntryRow(grip, text, buttons);
        getChildren().add(row);
        hoverProperty().addListener((obs, was, now) -> showButtons());
        focusWithinProperty().addListener((obs, was, now) -> showButtons());
        noteToggle.selectedProperty().addListener((obs, was, now) -> showButtons());
        linkButton.pressedProperty().addListener((obs, was, now) -> showButtons());
        noteToggle.pressedProperty().addListener((obs, was, now) -> showButtons());
        showButtons();
        setAccessibleRole(AccessibleRole.LIST_ITEM);
    }

    /** Shows {@code vm} in this view, letting go of the entry shown before. */
    void bind(EntryViewModel vm) {
        unbind();
        entry = vm;
        getProperties().put(ENTRY_ID, vm.id());
        text.textProperty().bindBidirectional(vm.textProperty());
        vm.linksProperty().addListener(linksShown);
        showLinkCount(vm.linksProperty().get());
        decoration.show(vm.id());
        boolean hasNote = !vm.noteProperty().get().isEmpty();
        binding = true;
        try {
            noteToggle.setSelected(hasNote);
            showNote(hasNote, false);
        } finally {
            binding = false;
        }
    }

    /** The number of links shows beside the icon; a linked entry keeps its button in sight. */
    private void showLinkCount(List<String> links) {
        linkButton.setText(links.isEmpty() ? null : Integer.toString(links.size()));
        linkButton.pseudoClassStateChanged(LINKED, !links.isEmpty());
        showButtons();
    }

    /**
     * The link and note buttons are in sight, with room of their own, when they say something (links, a note) or
     * the note is being edited, so that Tab reaches them; under the pointer they show over the end of the text.
     * Nothing moves while a button is held down: pressing a button shown under the pointer focuses it, and the
     * room that focus gives it would move it (onto a line of its own under a long last line) away from the
     * pointer before the release, which then missed it and the click did nothing.
     */
    private void showButtons() {
        if (linkButton.isPressed() || noteToggle.isPressed()) {
            return;
        }
        boolean editing = isFocusWithin();
        boolean linked = entry != null && !entry.linksProperty().get().isEmpty();
        show(linkButton, linked || editing);
        show(noteToggle, noteToggle.isSelected() || editing);
        row.requestLayout();
    }

    private void show(Node button, boolean withRoom) {
        button.setVisible(withRoom || isHover());
        if (withRoom) {
            button.getProperties().remove(EntryRow.OVER_TEXT);
        } else {
            button.getProperties().put(EntryRow.OVER_TEXT, Boolean.TRUE);
        }
    }

    /**
     * The note field is made on first use: most entries never get one. It wraps, so a long note stays readable in
     * a narrow quadrant, and stays one paragraph as the one-line field it replaced: a line break becomes a space.
     */
    private void showNote(boolean show, boolean focus) {
        if (show && note == null) {
            note = GrowingTextArea.deferred();
            note.keepOneParagraph();
            note.followTextDirection();
            note.getStyleClass().add("entry-note");
            note.setPromptText(messages.get("entry.note.prompt"));
            note.setAccessibleText(messages.get("entry.note.tooltip"));
            note.textProperty().bindBidirectional(entry.noteProperty());
            getChildren().add(note);
        } else if (!show && note != null) {
            note.textProperty().unbindBidirectional(entry.noteProperty());
            getChildren().remove(note);
            note = null;
        }
        if (show && focus) {
            note.requestFocus();
        }
    }

    void unbind() {
        if (entry != null) {
            text.textProperty().unbindBidirectional(entry.textProperty());
            entry.linksProperty().removeListener(linksShown);
            binding = true;
            try {
                noteToggle.setSelected(false);
                showNote(false, false);
            } finally {
                binding = false;
            }
            getProperties().remove(ENTRY_ID);
            decoration.show(null);
            entry = null;
        }
    }

    private void handleKey(KeyEvent e, Actions actions) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER && e.isShiftDown()) {
            text.replaceSelection("\n");
            e.consume();
        } else if (code == KeyCode.ENTER && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            // Enter in a note still empty keeps the caret there: a second empty note below it is never wanted.
            if (!text.getText().isBlank()) {
                actions.addAfter(entry);
            }
            e.consume();
        } else if ((code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) && text.getText().isEmpty()) {
            actions.remove(entry);
            e.consume();
        } else if (Shortcuts.LINKS.match(e)) {
            actions.editLinks(entry, linkButton);
            e.consume();
        } else if (e.isAltDown() && code.isArrowKey()) {
            if (e.isShiftDown() && (code == KeyCode.UP || code == KeyCode.DOWN)) {
                actions.shift(entry, code == KeyCode.UP ? -1 : 1);
            } else {
                actions.moveTowards(entry, direction(code));
            }
            e.consume();
        }
    }

    private static QuadrantGrid.Direction direction(KeyCode code) {
        return switch (code) {
            case UP, KP_UP -> QuadrantGrid.Direction.UP;
            case DOWN, KP_DOWN -> QuadrantGrid.Direction.DOWN;
            case LEFT, KP_LEFT -> QuadrantGrid.Direction.LEFT;
            default -> QuadrantGrid.Direction.RIGHT;
        };
    }

    void focusText(boolean caretAtEnd) {
        // A note just made has no skin until the next pulse, and without it the keys typed meanwhile are dropped
        // (under load the first words after Toevoegen or Enter went missing): the skin is made now.
        text.applyCss();
        text.requestFocus();
        if (caretAtEnd) {
            text.positionCaret(text.getLength());
        }
    }
}
