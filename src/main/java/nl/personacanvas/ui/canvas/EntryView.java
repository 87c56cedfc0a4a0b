package nl.personacanvas.ui.canvas;

import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.GrowingTextArea;

/** One sticky note: a drag grip, the text, and an optional note underneath. */
final class EntryView extends VBox {

    /** What the keyboard and the grip ask the canvas to do; the canvas knows where focus goes next. */
    interface Actions {
        void addAfter(EntryViewModel entry);

        void pasteAfter(EntryViewModel entry, List<String> lines);

        void remove(EntryViewModel entry);

        void moveTowards(EntryViewModel entry, QuadrantGrid.Direction direction);

        void shift(EntryViewModel entry, int delta);

        void focused(EntryViewModel entry);

        void startDrag(EntryViewModel entry, Label grip);
    }

    private final EntryViewModel entry;
    private final GrowingTextArea text = new GrowingTextArea();
    private final TextField note = new TextField();
    private final ToggleButton noteToggle = new ToggleButton();

    EntryView(EntryViewModel entry, Messages messages, Actions actions, EntryDecorator decorator) {
        this.entry = entry;
        getStyleClass().add("entry");
        setId("entry-" + entry.id());

        Label grip = new Label();
        grip.setGraphic(new FontIcon(Material2AL.DRAG_INDICATOR));
        grip.getStyleClass().add("entry-grip");
        grip.setTooltip(new Tooltip(messages.get("entry.grip.tooltip")));
        grip.setOnDragDetected(e -> {
            actions.startDrag(entry, grip);
            e.consume();
        });

        text.getStyleClass().add("entry-text");
        text.setAccessibleText(messages.get("entry.accessible"));
        text.setPromptText(messages.get("entry.prompt"));
        text.textProperty().bindBidirectional(entry.textProperty());
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
        HBox.setHgrow(text, Priority.ALWAYS);

        noteToggle.setGraphic(new FontIcon(Material2MZ.STICKY_NOTE_2));
        noteToggle.getStyleClass().add("entry-note-toggle");
        noteToggle.setTooltip(new Tooltip(messages.get("entry.note.tooltip")));
        noteToggle.setAccessibleText(messages.get("entry.note.tooltip"));
        noteToggle.setFocusTraversable(false);
        noteToggle.setSelected(!entry.noteProperty().get().isEmpty());

        note.getStyleClass().add("entry-note");
        note.setPromptText(messages.get("entry.note.prompt"));
        note.setAccessibleText(messages.get("entry.note.tooltip"));
        note.textProperty().bindBidirectional(entry.noteProperty());
        note.visibleProperty().bind(noteToggle.selectedProperty());
        note.managedProperty().bind(note.visibleProperty());
        noteToggle.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                note.requestFocus();
            }
        });

        HBox row = new HBox(2, grip, text, noteToggle);
        row.getStyleClass().add("entry-row");
        javafx.scene.Node decoration = decorator.decorate(entry.id(), this);
        if (decoration != null) {
            row.getChildren().add(2, decoration);
        }
        getChildren().addAll(row, note);
        setAccessibleRole(AccessibleRole.LIST_ITEM);
    }

    private void handleKey(KeyEvent e, Actions actions) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ENTER && e.isShiftDown()) {
            text.replaceSelection("\n");
            e.consume();
        } else if (code == KeyCode.ENTER && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
            actions.addAfter(entry);
            e.consume();
        } else if ((code == KeyCode.BACK_SPACE || code == KeyCode.DELETE) && text.getText().isEmpty()) {
            actions.remove(entry);
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

    EntryViewModel entry() {
        return entry;
    }

    void focusText(boolean caretAtEnd) {
        text.requestFocus();
        if (caretAtEnd) {
            text.positionCaret(text.getLength());
        }
    }

    /** Unbinds from the view-model so a removed note can be collected. */
    void dispose() {
        text.textProperty().unbindBidirectional(entry.textProperty());
        note.textProperty().unbindBidirectional(entry.noteProperty());
    }
}
