package nl.personacanvas.ui.main;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.io.Limits;
import nl.personacanvas.ui.Messages;

/**
 * Keeps the editor's texts within the lengths a workbook file holds while they are typed or pasted: the same
 * {@link Limits} the reader enforces and the save checks. A 12,000-character paste into a note used to be learnt
 * about only when saving (and, before that check, when the next open refused the whole workbook). What does not fit
 * is left out and the user is told why; undo takes the paste back whole.
 *
 * <p>Installed once on the window's scene: a field gets its limit when it first takes the focus, as nothing can be
 * typed or pasted into it before. Fields are known by the ids and style classes the editor gives them; a principle's
 * statements (one area, many statements) and the authors (one field, many names) are left to the save's check.
 */
final class TextLimits {
    private static final String LIMITED = TextLimits.class.getName();
    private static final Set<String> NAMES = Set.of("canvas-name", "workbook-school", "workbook-region", "workbook-team");
    private static final Set<String> TEXTS = Set.of("canvas-notes", "workbook-definition");
    /** One message per kind and limit while the user keeps typing into a full field, not one per key. */
    private static final long QUIET_MILLIS = 4_000;

    private final Messages messages;
    private final Consumer<String> tell;
    private String lastTold;
    private long lastToldAt;

    private TextLimits(Messages messages, Consumer<String> tell) {
        this.messages = messages;
        this.tell = tell;
    }

    /** Limits the editor's fields in {@code scene}; {@code tell} shows the user why a text was cut or refused. */
    static void install(Scene scene, Messages messages, Consumer<String> tell) {
        TextLimits limits = new TextLimits(messages, tell);
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (now instanceof TextInputControl field && !field.getProperties().containsKey(LIMITED)) {
                field.getProperties().put(LIMITED, Boolean.TRUE);
                int max = maxLength(field);
                if (max > 0) {
                    limits.limit(field, max);
                }
            }
        });
    }

    /** The field's limit in code points, or 0 for a field that is not the workbook's (search) or holds a list. */
    static int maxLength(TextInputControl field) {
        String id = field.getId() == null ? "" : field.getId();
        if (NAMES.contains(id)) {
            return Limits.MAX_NAME_LENGTH;
        } else if (id.equals("canvas-role") || field.getStyleClass().contains("principle-theme-field")
                || inside(field, "activity-row")) {
            return Limits.MAX_SENTENCE_LENGTH;
        } else if (TEXTS.contains(id) || field.getStyleClass().contains("entry-text")
                || field.getStyleClass().contains("entry-note")) {
            return Limits.MAX_TEXT_LENGTH;
        }
        return 0;
    }

    private static boolean inside(Node node, String styleClass) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    /** Puts the limit after the field's own filter (one paragraph, for some), so it counts what is really kept. */
    private void limit(TextInputControl field, int max) {
        TextFormatter<?> own = field.getTextFormatter();
        if (own != null && own.getValueConverter() != null) {
            return; // a formatter with a value is not one of the editor's texts
        }
        UnaryOperator<TextFormatter.Change> before = own == null || own.getFilter() == null
                ? UnaryOperator.identity() : own.getFilter();
        field.setTextFormatter(new TextFormatter<String>(change -> {
            TextFormatter.Change filtered = before.apply(change);
            return filtered == null ? null : keep(filtered, max);
        }));
    }

    /** The change, with what it adds cut to fit {@code max} code points; null (nothing happens) when nothing fits. */
    private TextFormatter.Change keep(TextFormatter.Change change, int max) {
        String added = change.getText();
        if (added.isEmpty()) {
            return change; // deleting is always allowed
        }
        String now = change.getControlText();
        int room = max - now.codePointCount(0, now.length())
                + now.codePointCount(change.getRangeStart(), change.getRangeEnd());
        int adding = added.codePointCount(0, added.length());
        if (adding <= room) {
            return change;
        }
        if (room <= 0) {
            say(messages.get("text.limit.full", max));
            return null;
        }
        String kept = added.substring(0, added.offsetByCodePoints(0, room));
        change.setText(kept);
        int caret = change.getRangeStart() + kept.length();
        change.selectRange(caret, caret);
        say(messages.get("text.limit.cut", max, adding - room));
        return change;
    }

    private void say(String message) {
        long at = System.currentTimeMillis();
        if (!message.equals(lastTold) || at - lastToldAt > QUIET_MILLIS) {
            tell.accept(message);
        }
        lastTold = message;
        lastToldAt = at;
    }
}
