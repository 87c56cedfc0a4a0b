package nl.personacanvas.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Shares the status bar's width between its message, the check summary and the file's path, at each layout: the least
 * width of each and what the check part says (its sentence or its figures alone). The parts' own least widths, set
 * once, cannot do this: what one part may keep depends on what the others need at the bar's width of the moment.
 */
final class StatusBarRoom {
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
    static final double FILE_WIDTH = 420;

    /** The largest part of the bar's width a message may claim before it is cut in the middle. */
    private static final double MESSAGE_SHARE = 0.3;

    /**
     * The least a message keeps when the check's figures need the rest of its share: still a few words ("Geopend:
     * twen…canvas"), the whole message being its tooltip.
     */
    private static final double MESSAGE_FLOOR = 0.15;

    /** How many of the path's last characters the file part keeps when the message needs its name's room (ux29b). */
    private static final int FILE_END = 10;

    private final HBox bar;
    private final HBox right;
    private final Label message;
    private final Label check;
    private final Label file;
    private final StatusBarViewModel viewModel;

    /** {@code right} holds the check and file parts and is, with the message, one of {@code bar}'s children. */
    StatusBarRoom(HBox bar, Label message, HBox right, Label check, Label file, StatusBarViewModel viewModel) {
        this.bar = bar;
        this.right = right;
        this.message = message;
        this.check = check;
        this.file = file;
        this.viewModel = viewModel;
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
    void share() {
        double fileLeast = fileLeast();
        boolean shortMessage = message.prefWidth(-1) <= bar.getWidth() * MESSAGE_SHARE;
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
                : bar.getWidth() >= WHOLE_FROM ? Math.min(nameWidth(file), FILE_WIDTH) : 0;
    }

    /**
     * Shares the room between the message and the check with the file part at {@code fileLeast}: whether the message
     * is whole then; {@code apply} sets their least widths and the check's text.
     */
    private boolean share(double fileLeast, boolean apply) {
        double width = bar.getWidth();
        double room = roomForCheck(fileLeast);
        double messageWhole = message.prefWidth(-1);
        double messageShare = Math.min(messageWhole, width * MESSAGE_SHARE);
        String whole = viewModel.checkSummaryProperty().get();
        String figures = viewModel.checkFiguresProperty().get();
        boolean figuresOnly = !figures.isEmpty()
                && wholeWidth(check, whole) + messageShare + nameReserve(fileLeast) > room;
        String shown = figuresOnly ? figures : whole;
        double checkWhole = wholeWidth(check, shown);
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
            setLeast(check, Math.max(0, Math.min(checkWhole, room - bar.snapSizeX(messageLeast))));
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

    /**
     * The bar's width less the least widths of the parts besides the message and the check, the file part's being
     * {@code fileLeast}, and the gaps.
     */
    private double roomForCheck(double fileLeast) {
        double taken = bar.snappedLeftInset() + bar.snappedRightInset() + gaps(bar) + gaps(right)
                + right.snappedLeftInset() + right.snappedRightInset();
        for (Node part : bar.getChildren()) {
            if (part.isManaged() && part != right && part != message) {
                taken += bar.snapSizeX(part.minWidth(-1));
            }
        }
        for (Node part : right.getChildren()) {
            if (part == file && part.isManaged()) {
                taken += bar.snapSizeX(fileLeast == Region.USE_PREF_SIZE ? file.prefWidth(-1) : fileLeast);
            } else if (part.isManaged() && part != check) {
                taken += bar.snapSizeX(part.minWidth(-1));
            }
        }
        return Math.floor(bar.getWidth() - taken);
    }

    private static double gaps(HBox box) {
        long managed = box.getChildren().stream().filter(Node::isManaged).count();
        return box.snapSpaceX(box.getSpacing()) * Math.max(0, managed - 1);
    }

    private static void setLeast(Label part, double least) {
        if (least != part.getMinWidth()) {
            part.setMinWidth(least);
        }
    }

    /**
     * The least the file part keeps when the message takes its name's room: the ellipsis and the path's last
     * {@value #FILE_END} characters ("...te.pcanvas"), so the part still says there is a file.
     */
    private static double endWidth(Label label) {
        String path = label.getText() == null ? "" : label.getText();
        return wholeWidth(label, label.getEllipsisString() + path.substring(Math.max(0, path.length() - FILE_END)));
    }

    /** The width the label needs to show the last part of its path whole, after the ellipsis. */
    private static double nameWidth(Label label) {
        String path = label.getText() == null ? "" : label.getText();
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        return wholeWidth(label, label.getEllipsisString() + name);
    }

    /** The width {@code label} needs to show {@code shown} whole, in its font and within its insets. */
    private static double wholeWidth(Label label, String shown) {
        Text text = new Text(shown);
        text.setFont(label.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth()) + label.snappedLeftInset() + label.snappedRightInset() + 2;
    }
}
