package nl.personacanvas.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * Paints a text field or text area as its editing skin does (the text, or the prompt when there is none, with
 * the same insets, baseline, wrapping and colours from the stylesheet) without the editing machinery: caret,
 * selection, context menu, key bindings and, for an area, the scroll pane and its scroll bars. The editing skin
 * takes over as soon as the control is pressed or gets the focus (mouse, Tab or code), before the press or the
 * first key reaches it, so editing works as with the editing skin from the start. A window that opens with
 * many fields (the workbook page) shows its first frame sooner (docs/startup.md).
 */
final class ReadSkin<C extends TextInputControl> extends SkinBase<C> {
    private static final CssMetaData<TextInputControl, Paint> TEXT_FILL = fill("-fx-text-fill", Color.BLACK,
            skin -> skin.textFill);
    private static final CssMetaData<TextInputControl, Paint> PROMPT_TEXT_FILL = fill("-fx-prompt-text-fill",
            Color.GRAY, skin -> skin.promptTextFill);
    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;
    /** A field's editing skin keeps half its caret's width (2 px) free left of the text. */
    private static final double HALF_CARET = 1;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(SkinBase.getClassCssMetaData());
        all.add(TEXT_FILL);
        all.add(PROMPT_TEXT_FILL);
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private final Function<C, Skin<?>> editor;
    private final boolean multiLine;
    private final Text text = new Text();
    /** An area's inner region: the stylesheet gives it the padding around the text (.text-area .content). */
    private final Region content;
    private final Rectangle clip = new Rectangle();
    private final StyleableObjectProperty<Paint> textFill = new Fill(TEXT_FILL, Color.BLACK);
    private final StyleableObjectProperty<Paint> promptTextFill = new Fill(PROMPT_TEXT_FILL, Color.GRAY);
    private final InvalidationListener repaint = obs -> update();
    private final ChangeListener<Boolean> focus = (obs, was, focused) -> {
        if (focused) {
            edit().setCaretAnimating(true);
        }
    };
    private final EventHandler<MouseEvent> press = e -> edit();

    /**
     * @param editor the editing skin, created when editing starts
     * @param multiLine whether the text wraps at the control's width (a text area) or stays on one line
     */
    private ReadSkin(C control, Function<C, Skin<?>> editor, boolean multiLine) {
        super(control);
        this.editor = editor;
        this.multiLine = multiLine;
        text.getStyleClass().add("text");
        text.setManaged(false);
        text.fontProperty().bind(control.fontProperty());
        text.setClip(clip);
        if (multiLine) {
            content = new Region();
            content.getStyleClass().add("content");
            content.setManaged(false);
            text.setTextOrigin(VPos.TOP);
            getChildren().addAll(content, text);
        } else {
            content = null;
            getChildren().add(text);
        }
        control.textProperty().addListener(repaint);
        control.promptTextProperty().addListener(repaint);
        textFill.addListener(repaint);
        promptTextFill.addListener(repaint);
        update();
    }

    /**
     * The skin for {@code control}: this light one, or the editing skin straight away when the control got the
     * focus before it was first styled (a row just added, focused for typing).
     */
    static <C extends TextInputControl> Skin<?> of(C control, Function<C, Skin<?>> editor, boolean multiLine) {
        return control.isFocused() ? editor.apply(control) : new ReadSkin<>(control, editor, multiLine);
    }

    @Override
    public void install() {
        super.install();
        C control = getSkinnable();
        control.focusedProperty().addListener(focus);
        control.addEventFilter(MouseEvent.MOUSE_PRESSED, press);
    }

    @Override
    public void dispose() {
        C control = getSkinnable();
        if (control == null) {
            return;
        }
        control.focusedProperty().removeListener(focus);
        control.removeEventFilter(MouseEvent.MOUSE_PRESSED, press);
        control.textProperty().removeListener(repaint);
        control.promptTextProperty().removeListener(repaint);
        text.fontProperty().unbind();
        // The children are the control's: the editing skin, created before this one goes, has added its own.
        getChildren().remove(text);
        getChildren().remove(content);
        super.dispose();
    }

    /**
     * Puts the editing skin in place, styled and laid out, so that a press being delivered or a key that
     * follows lands on it as it would without this skin.
     */
    private TextInputControlSkin<?> edit() {
        C control = getSkinnable();
        Skin<?> editing = editor.apply(control);
        control.setSkin(editing);
        control.applyCss();
        control.layout();
        return (TextInputControlSkin<?>) editing;
    }

    private void update() {
        String value = getSkinnable().getText();
        boolean empty = value == null || value.isEmpty();
        if (empty) {
            String prompt = getSkinnable().getPromptText();
            text.setText(prompt == null ? "" : multiLine ? prompt : prompt.replace('\n', ' '));
            text.setFill(promptTextFill.get());
        } else {
            text.setText(value);
            text.setFill(textFill.get());
        }
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        Text widest = new Text("W");
        widest.setFont(getSkinnable().getFont());
        int count = getSkinnable() instanceof TextField field ? field.getPrefColumnCount()
                : getSkinnable() instanceof TextArea area ? area.getPrefColumnCount() : 0;
        double columns = widest.getLayoutBounds().getWidth() * count;
        Insets pad = multiLine ? content.getInsets() : Insets.EMPTY;
        return columns + pad.getLeft() + pad.getRight() + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return multiLine ? super.computeMinHeight(width, top, right, bottom, left)
                : computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (multiLine) {
            return super.computePrefHeight(width, top, right, bottom, left);
        }
        return top + lineHeight() + bottom;
    }

    @Override
    protected double computeMaxHeight(double width, double top, double right, double bottom, double left) {
        return multiLine ? super.computeMaxHeight(width, top, right, bottom, left) : getSkinnable().prefHeight(width);
    }

    @Override
    protected double computeBaselineOffset(double top, double right, double bottom, double left) {
        if (multiLine) {
            // The first line's, as the editing skin gives it: a label beside a wrapped text stays level with its start.
            return top + content.getInsets().getTop() + text.getBaselineOffset();
        }
        return top + text.getBaselineOffset();
    }

    /** A line's height in the control's font, as a one-line field measures it whatever its text. */
    private double lineHeight() {
        return text.getLayoutBounds().getHeight();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (multiLine) {
            content.resizeRelocate(x, y, w, h);
            Insets pad = content.getInsets();
            double wrap = Math.max(0, w - pad.getLeft() - pad.getRight());
            text.setWrappingWidth(wrap);
            text.relocate(x + pad.getLeft(), y + pad.getTop());
            clip.setX(-pad.getLeft());
            clip.setY(-pad.getTop());
            clip.setWidth(w);
            clip.setHeight(h);
        } else {
            double ascent = text.getBaselineOffset();
            double descent = lineHeight() - ascent;
            text.setLayoutX(x + HALF_CARET);
            text.setLayoutY(y + (ascent + h - descent) / 2);
            clip.setX(-HALF_CARET);
            clip.setY(-(ascent + h - descent) / 2);
            clip.setWidth(w);
            clip.setHeight(h);
        }
    }

    /** What a screen reader asks the skin rather than the control: where the text's characters are. */
    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        String value = getSkinnable().getText();
        boolean showsText = value != null && !value.isEmpty();
        return switch (attribute) {
            case BOUNDS_FOR_RANGE, OFFSET_AT_POINT -> showsText ? text.queryAccessibleAttribute(attribute, parameters)
                    : null;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }

    private static CssMetaData<TextInputControl, Paint> fill(String property, Paint initial,
                                                             Function<ReadSkin<?>, StyleableObjectProperty<Paint>> of) {
        return new CssMetaData<>(property, PaintConverter.getInstance(), initial) {
            @Override
            public boolean isSettable(TextInputControl control) {
                return control.getSkin() instanceof ReadSkin<?> skin && !of.apply(skin).isBound();
            }

            @Override
            @SuppressWarnings("unchecked")
            public StyleableProperty<Paint> getStyleableProperty(TextInputControl control) {
                // After the editing skin took over, restyling the control (moved to another parent, a new inline
                // style) resets what was styled before, this property too: it gets one that belongs to no skin.
                return control.getSkin() instanceof ReadSkin<?> skin ? of.apply(skin)
                        : new SimpleStyleableObjectProperty<>(this, initial);
            }
        };
    }

    private final class Fill extends StyleableObjectProperty<Paint> {
        private final CssMetaData<TextInputControl, Paint> metaData;

        Fill(CssMetaData<TextInputControl, Paint> metaData, Paint initial) {
            super(initial);
            this.metaData = metaData;
        }

        @Override
        public Object getBean() {
            return ReadSkin.this;
        }

        @Override
        public String getName() {
            return metaData.getProperty();
        }

        @Override
        public CssMetaData<? extends Styleable, Paint> getCssMetaData() {
            return metaData;
        }
    }
}
