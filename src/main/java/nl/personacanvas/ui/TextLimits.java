package nl.personacanvas.ui;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import nl.personacanvas.io.Limits;
import nl.personacanvas.ui.controls.LeftToRightField;

/**
 * Keeps the texts a user types within the lengths a workbook file holds while they are typed or pasted: the same
 * {@link Limits} the reader enforces and the save checks. A 12,000-character paste into a note used to be learnt
 * about only when saving (and, before that check, when the next open refused the whole workbook). What does not fit
 * is left out and the user is told why; undo takes the paste back whole.
 *
 * <p>A field that holds a list (a principle's statements, one a line; the authors, separated by commas) keeps each
 * item within its length and the list within its count, as the file stores them one by one (session 19: those were
 * checked only at the save, and a 101st author was not checked at all, so the next open refused the workbook).
 *
 * <p>{@link #install} limits a window's fields when they first take the focus, as nothing can be typed or pasted
 * into them before; {@link #limit} one field at once. Fields are known by the ids and style classes their views give
 * them; a field of none of them (the search) is left alone.
 */
public final class TextLimits {
    private static final String LIMITED = TextLimits.class.getName();
    private static final Set<String> NAMES = Set.of("canvas-name", "workbook-school", "workbook-region", "workbook-team");
    private static final Set<String> TEXTS = Set.of("canvas-notes", "workbook-definition", "compare-edit");
    /** The style class of a principle's statements on the workbook page, one statement a line. */
    public static final String STATEMENTS = "principle-statements-field";
    /** One message per kind and limit while the user keeps typing into a full field, not one per key. */
    private static final long QUIET_MILLIS = 4_000;

    private final Messages messages;
    private final Consumer<String> tell;
    private String lastTold;
    private long lastToldAt;

    /** {@code tell} shows the user why a text was cut or refused, in the window the field is in. */
    public TextLimits(Messages messages, Consumer<String> tell) {
        this.messages = messages;
        this.tell = tell;
    }

    /** Limits the workbook's fields in {@code scene} as they first take the focus. */
    public static void install(Scene scene, Messages messages, Consumer<String> tell) {
        TextLimits limits = new TextLimits(messages, tell);
        scene.focusOwnerProperty().addListener((obs, was, now) -> {
            if (now instanceof TextInputControl field) {
                limits.limit(field);
            }
        });
    }

    /** Limits {@code field} by its id or style class, once; a field that is not the workbook's is left alone. */
    public void limit(TextInputControl field) {
        if (field.getProperties().putIfAbsent(LIMITED, Boolean.TRUE) == null) {
            TextRule rule = ruleFor(field);
            if (rule != null) {
                limit(field, rule);
            }
        }
    }

    /** What the field may hold, or null for a field that is not the workbook's (search). */
    static TextRule ruleFor(TextInputControl field) {
        String id = field.getId() == null ? "" : field.getId();
        if (NAMES.contains(id)) {
            return TextRule.whole(Limits.MAX_NAME_LENGTH);
        } else if (id.equals("canvas-authors")) {
            return TextRule.list("[,;]", Limits.MAX_NAME_LENGTH, Limits.MAX_AUTHORS, "text.limit.authors");
        } else if (field.getStyleClass().contains(STATEMENTS)) {
            return TextRule.list("\\R", Limits.MAX_TEXT_LENGTH, Limits.MAX_STATEMENTS, "text.limit.statements");
        } else if (id.equals("sort-input")) {
            // One sticky note a line; how many is the sorting's affair (it takes what it is given).
            return TextRule.list("\\R", Limits.MAX_TEXT_LENGTH, Integer.MAX_VALUE, "text.limit.statements");
        } else if (id.equals("canvas-role") || field.getStyleClass().contains("principle-theme-field")
                || inside(field, "activity-row")) {
            return TextRule.whole(Limits.MAX_SENTENCE_LENGTH);
        } else if (TEXTS.contains(id) || field.getStyleClass().contains("entry-text")
                || field.getStyleClass().contains("entry-note")) {
            return TextRule.whole(Limits.MAX_TEXT_LENGTH);
        }
        return null;
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
    private void limit(TextInputControl field, TextRule rule) {
        TextFormatter<?> formatter = field.getTextFormatter();
        if (formatter != null && formatter.getValueConverter() != null) {
            return; // a formatter with a value is not one of the editor's texts
        }
        UnaryOperator<TextFormatter.Change> own = formatter == null || formatter.getFilter() == null
                ? UnaryOperator.identity() : formatter.getFilter();
        if (LeftToRightField.isBound(field)) {
            // The field's own filter only puts its left-to-right mark in or takes it out; the limit is on the user's
            // text, so it comes first and counts the change without the mark.
            field.setTextFormatter(new TextFormatter<String>(change -> {
                LeftToRightField.UserEdit edit = LeftToRightField.userEdit(change);
                TextFormatter.Change kept = keep(change, rule, edit.before(), edit.added(), edit.after());
                return kept == null ? null : own.apply(kept);
            }));
            return;
        }
        field.setTextFormatter(new TextFormatter<String>(change -> {
            TextFormatter.Change filtered = own.apply(change);
            if (filtered == null) {
                return null;
            }
            String control = filtered.getControlText();
            return keep(filtered, rule, control.substring(0, filtered.getRangeStart()), filtered.getText(),
                    control.substring(filtered.getRangeEnd()));
        }));
    }

    /**
     * The change, with what it adds ({@code added}, between {@code before} and {@code after} in the user's text) cut
     * to fit the rule; null (nothing happens) when nothing of it fits.
     */
    private TextFormatter.Change keep(TextFormatter.Change change, TextRule rule, String before, String added,
            String after) {
        if (added.isEmpty()) {
            return change; // deleting is always allowed
        }
        TextRule.Fit fit = rule.fit(before, added, after);
        if (fit.kept().equals(added)) {
            return change;
        }
        if (fit.kept().isEmpty()) {
            say(fit.byCount() ? messages.get("text.limit.items.full", rule.maxItems(), messages.get(rule.itemsKey()))
                    : messages.get("text.limit.full", rule.maxLength()));
            return null;
        }
        change.setText(fit.kept());
        int caret = change.getRangeStart() + fit.kept().length();
        change.selectRange(caret, caret);
        say(fit.byCount()
                ? messages.get("text.limit.items.cut", rule.maxItems(), messages.get(rule.itemsKey()), fit.leftOut())
                : messages.get("text.limit.cut", rule.maxLength(), fit.leftOut()));
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
