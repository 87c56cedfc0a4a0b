package nl.personacanvas.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import nl.personacanvas.ui.Messages;
import nl.personacanvas.ui.controls.DeferredTooltip;

/**
 * The window's status bar: the last message on the left, a progress bar while a file is read or written, the
 * workbook's state on the right. A plain row of labels laid out as ControlsFX's {@code StatusBar} did: that
 * control brought a stylesheet of its own (parsed at every start, and a style cache of its own for the nodes
 * inside it), a grid and a progress bar with its skin into the first frame (docs/startup.md).
 */
final class StatusBarView extends HBox {
    /** The largest part of the bar's width a message may claim before it is cut in the middle. */
    private static final double MESSAGE_SHARE = 0.3;
    /**
     * From this width on the check's figures and the file's name stay whole. Below it (the window's minimum is
     * 760 px) every part may give way, or the bar would set the window's minimum. 960, not 1000 (ux28b): the app's
     * window on a 1024 × 768 screen is 976 px wide, where the check and the file's name were both cut.
     */
    static final double WHOLE_FROM = 960;

    /**
     * The widest the file part gets. A name wider than this is cut at its start too: kept whole, a long one ("Alfa-college
     * personas definitieve versie na de teamdag …") ran past the window's right edge with its end (session 19).
     */
    private static final double FILE_WIDTH = 420;

    /**
     * The least a message keeps when the check's figures need the rest of its share: still a few words ("Geopend:
     * twen…canvas"), the whole message being its tooltip.
     */
    private static final double MESSAGE_FLOOR = 0.15;

    /** How many of the path's last characters the file part keeps when the message needs its name's room (ux29b). */
    private static final int FILE_END = 10;

    private final StatusBarViewModel viewModel;
    private final Label message = new Label();
    private final Label check;
    private final Label file;
    private final HBox right;
    private ProgressBar progress;

    StatusBarView(StatusBarViewModel viewModel, Messages messages) {
        setId("status-bar");
        getStyleClass().addAll("status-bar", "app-status-bar");
        setAccessibleText(messages.get("statusbar.accessible"));

        message.setId("status-message");
        message.getStyleClass().add("status-label");
        message.textProperty().bind(viewModel.messageProperty());
        message.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        message.setTextOverrun(OverrunStyle.CENTER_WORD_ELLIPSIS);
        DeferredTooltip.install(message, viewModel.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        // A message ("Geopend: twente.pcanvas") keeps its width up to a share of the bar; the check summary
        // and the path give way first (its least width is set at each layout, see layoutChildren). Without this it
        // was the first to be cut, to a dozen letters.

        // The figures in short, whole (they were the part cut off, at any width, being a whole sentence); the
        // panel's sentence is the tooltip and what a screen reader says. Its text, the summary or its figures alone,
        // is chosen at each layout.
        this.viewModel = viewModel;
        check = item("status-check", null, viewModel.checkDetailProperty(), messages.get("statusbar.check"));
        check.setText(viewModel.checkSummaryProperty().get());
        viewModel.checkSummaryProperty().addListener(obs -> requestLayout());
        viewModel.checkFiguresProperty().addListener(obs -> requestLayout());
        message.textProperty().addListener(obs -> requestLayout());
        // Its least width is set at each layout (layoutChildren): whole when the other parts leave room for it.
        check.visibleProperty().bind(viewModel.checkSummaryProperty().isNotEmpty());
        check.managedProperty().bind(check.visibleProperty());
        Label personas = item("status-personas", viewModel.personasProperty(), viewModel.personasProperty(), null);
        Label saved = item("status-saved", viewModel.savedProperty(), viewModel.savedProperty(), null);
        // The short items stay whole ("Persona'..." said nothing); the check summary and the path give way first.
        personas.setMinWidth(Region.USE_PREF_SIZE);
        saved.setMinWidth(Region.USE_PREF_SIZE);
        // Without a file the saved part is empty and gives its room (and its separator's) to the message.
        saved.visibleProperty().bind(viewModel.savedProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        Separator beforeSaved = separator();
        beforeSaved.visibleProperty().bind(saved.visibleProperty());
        beforeSaved.managedProperty().bind(saved.visibleProperty());
        file = item("status-file", viewModel.fileProperty(), viewModel.fileDetailProperty(),
                messages.get("statusbar.file"));
        file.setMaxWidth(FILE_WIDTH);
        // The file's name is at the end of its path: cut at the start, the name stays (cut in the middle, the name
        // lost its first half as soon as little room was left: "/tmp/ju...pcanvas").
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        // Its least width is set at each layout (layoutChildren, fileLeast).
        viewModel.hasFileProperty().addListener(obs -> requestLayout());
        file.textProperty().addListener(obs -> requestLayout());
        right = new HBox(check, separator(), personas, beforeSaved, saved, separator(), file);
        right.getStyleClass().add("right-items");
        right.setMaxHeight(Double.MAX_VALUE);

        getChildren().addAll(message, right);

        showBusy(viewModel.busyProperty().get());
        viewModel.busyProperty().addListener((obs, was, busy) -> showBusy(busy));
    }

    /**
     * The bar never sets the window's minimum (760 px, from the list and the canvas): its parts' least widths hold
     * from {@link #WHOLE_FROM} on, and counted here they raised the content's minimum to over 900 px.
     */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    /**
     * The check summary is the part that gives way first: to its figures alone ("4/14 elementen · 3/10 houdingen ·
     * 2 badges") when the sentence does not fit, then, if even those do not, the message below its share (down to
     * {@link #MESSAGE_FLOOR}), then the figures are cut. Room the check leaves goes to the message up to its whole
     * width, so the file's folders give way before it. At 1024 px with a message shown the sentence was cut ("4 van
     * 14 elem…") and stayed so with no message at all (sessions 23 and 23b). The least widths are what the other
     * parts, at their own least widths as laid out now, leave of the bar: with its whole width as least width the check
     * pushed the right end out of the bar after a restore at 1256 px ("Nog niet o…", session 21), the parts' least
     * widths together being more than the bar. Measured here, with the widths of this layout, not estimated.
     */
    @Override
    protected void layoutChildren() {
        double fileLeast = fileLeast();
        boolean shortMessage = message.prefWidth(-1) <= getWidth() * MESSAGE_SHARE;
        if (fileLeast > 0 && shortMessage && !share(fileLeast, false)) {
            // The message before the file's name (ux29b): at 976 px, the side panel open, the name stayed whole and
            // the message was cut, "Geopend:….pcanvas" beside "…twente.pcanvas". What just happened is read there;
            // the file's path is in the window's title and the part's tooltip. The part keeps the end of its path if
            // the message is whole beside it, else gives all. A message longer than its share of the bar (a long
            // file name opened, session 19) leaves the name its room, as before.
            double end = Math.min(fileLeast, endWidth(file));
            if (share(end, false)) {
                fileLeast = end;
            } else if (share(0, false)) {
                fileLeast = 0;
            }
        }
        setLeast(file, fileLeast);
        share(fileLeast, true);
        super.layoutChildren();
    }

    /**
     * Without a file the part is a sentence, cut into "Nog niet o…ls bestand" after a restore (whose message is long);
     * it stays whole and the check summary gives way. With a file, from {@link #WHOLE_FROM} on its name stays whole
     * ("…/alfa-college.pcanvas"): cut to "..." after a restore at 1280 px, the part said nothing. The folders before it
     * give way, and the tooltip has the whole path. Below that width, and where the message needs its room, the name
     * gives way too.
     */
    private double fileLeast() {
        return !viewModel.hasFileProperty().get() ? Region.USE_PREF_SIZE
                : getWidth() >= WHOLE_FROM ? Math.min(nameWidth(file), FILE_WIDTH) : 0;
    }

    /**
     * Shares the room between the message and the check with the file part at {@code fileLeast}: whether the message
     * is whole then; {@code apply} sets their least widths and the check's text.
     */
    private boolean share(double fileLeast, boolean apply) {
        double width = getWidth();
        double room = roomForCheck(fileLeast);
        double messageWhole = message.prefWidth(-1);
        double messageShare = Math.min(messageWhole, width * MESSAGE_SHARE);
        String whole = viewModel.checkSummaryProperty().get();
        String figures = viewModel.checkFiguresProperty().get();
        boolean figuresOnly = !figures.isEmpty() && textWidth(whole) + messageShare + nameReserve(fileLeast) > room;
        String shown = figuresOnly ? figures : whole;
        double checkWhole = textWidth(shown);
        // What the check leaves goes to the message, whole if it fits: the path's folders give way before it.
        double messageLeast = Math.min(messageWhole, Math.max(room - checkWhole,
                figuresOnly ? Math.min(messageWhole, width * MESSAGE_FLOOR) : messageShare));
        if (apply) {
            setLeast(message, messageLeast);
            if (!shown.equals(check.getText())) {
                check.setText(shown);
            }
            // Below WHOLE_FROM too: the app's window on a 1024 × 768 screen is 976 px wide, where the sentence was cut
            // ("6 of 14 elements, 1 of 10 attitudes…") beside a path cut as well (ux28b). Held within the room the
            // other parts leave, it never pushes them out of the bar.
            setLeast(check, Math.max(0, Math.min(checkWhole, room - snapSizeX(messageLeast))));
        }
        return messageLeast >= messageWhole;
    }

    /**
     * Where the file's name has no least width (or less than its name), the sentence should not take its room: the
     * figures alone leave the name whole ("…/twente.pcanvas") where the sentence left "…42899206950/twe…".
     */
    private double nameReserve(double fileLeast) {
        double name = Math.min(nameWidth(file), FILE_WIDTH);
        return file.isManaged() && viewModel.hasFileProperty().get() && fileLeast < name ? name : 0;
    }

    private static void setLeast(Label part, double least) {
        if (least != part.getMinWidth()) {
            part.setMinWidth(least);
        }
    }

    /** The width the check part needs to show {@code text} whole. */
    private double textWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(check.getFont());
        return Math.ceil(measured.getLayoutBounds().getWidth()) + check.snappedLeftInset() + check.snappedRightInset()
                + 2;
    }

    /**
     * The bar's width less the least widths of the parts besides the message and the check, the file part's being
     * {@code fileLeast}, and the gaps.
     */
    private double roomForCheck(double fileLeast) {
        double taken = snappedLeftInset() + snappedRightInset() + gaps(this) + gaps(right)
                + right.snappedLeftInset() + right.snappedRightInset();
        for (Node part : getChildren()) {
            if (part.isManaged() && part != right && part != message) {
                taken += snapSizeX(part.minWidth(-1));
            }
        }
        for (Node part : right.getChildren()) {
            if (part == file && part.isManaged()) {
                taken += snapSizeX(fileLeast == Region.USE_PREF_SIZE ? file.prefWidth(-1) : fileLeast);
            } else if (part.isManaged() && part != check) {
                taken += snapSizeX(part.minWidth(-1));
            }
        }
        return Math.floor(getWidth() - taken);
    }

    private static double gaps(HBox box) {
        long managed = box.getChildren().stream().filter(Node::isManaged).count();
        return box.snapSpaceX(box.getSpacing()) * Math.max(0, managed - 1);
    }

    /** The progress bar (an animation when indeterminate) is made the first time there is something to show. */
    private void showBusy(boolean busy) {
        if (busy && progress == null) {
            progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
            progress.setId("status-progress");
            progress.setMaxHeight(Double.MAX_VALUE);
            getChildren().add(getChildren().indexOf(message) + 1, progress);
        }
        if (progress != null) {
            progress.setVisible(busy);
            progress.setManaged(busy);
        }
    }

    /** A label a screen reader announces with what it stands for, with its whole text ({@code full}) as tooltip. */
    private static Label item(String id, ObservableStringValue text, ObservableStringValue full, String name) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("status-item");
        if (text != null) {
            label.textProperty().bind(text);
        }
        DeferredTooltip.install(label, full);
        if (name != null) {
            label.accessibleTextProperty().bind(Bindings.concat(name, ": ", full));
        }
        return label;
    }

    /**
     * The least the file part keeps when the message takes its name's room: the ellipsis and the path's last
     * {@value #FILE_END} characters ("...te.pcanvas"), so the part still says there is a file.
     */
    private static double endWidth(Label label) {
        String path = label.getText() == null ? "" : label.getText();
        return textWidth(label, label.getEllipsisString() + path.substring(Math.max(0, path.length() - FILE_END)));
    }

    private static double textWidth(Label label, String shown) {
        Text text = new Text(shown);
        text.setFont(label.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset() + 2;
    }

    /** The width the label needs to show the last part of its path whole, after the ellipsis. */
    private static double nameWidth(Label label) {
        String path = label.getText() == null ? "" : label.getText();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return textWidth(label, label.getEllipsisString() + name);
    }

    private static Separator separator() {
        Separator separator = new Separator(Orientation.VERTICAL);
        separator.getStyleClass().add("status-separator");
        return separator;
    }
}
