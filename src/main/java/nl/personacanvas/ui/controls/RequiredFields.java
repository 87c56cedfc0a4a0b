package nl.personacanvas.ui.controls;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Marks text fields that must not stay blank: ControlsFX's validation decoration (a small icon on the
 * field with the message as tooltip) plus the theme's own danger state for the border, so the mark
 * matches the rest of the window. A field only counts while {@code active}: a hidden page's empty field
 * must not put an icon over the page in front of it.
 */
public final class RequiredFields {
    private final ValidationSupport support = new ValidationSupport();

    public RequiredFields() {
        support.setValidationDecorator(new GraphicValidationDecoration());
    }

    public void require(TextInputControl field, String message, ObservableBooleanValue active) {
        support.registerValidator(field, false, Validator.<String>createPredicateValidator(
                text -> !active.get() || (text != null && !text.isBlank()), message));
        field.setAccessibleHelp(message);
        Runnable mark = () -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                active.get() && field.getText().isBlank());
        field.textProperty().addListener((obs, old, now) -> mark.run());
        active.addListener((obs, was, now) -> {
            mark.run();
            support.revalidate(field);
        });
        mark.run();
    }
}
