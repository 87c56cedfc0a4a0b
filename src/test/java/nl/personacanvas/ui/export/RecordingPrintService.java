package nl.personacanvas.ui.export;

import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A printer for headless tests: records what it was handed (the document, its page count and page
 * sizes, read while the document is still open) and answers the dialogs as scripted.
 */
public final class RecordingPrintService implements PrintService {

    /** One call of {@link #print}. */
    public record Printed(PDDocument document, String jobName, int pages, List<PDRectangle> pageSizes,
                          Optional<PageFormat> pageSetup) {
    }

    public final List<Printed> printed = new CopyOnWriteArrayList<>();
    public volatile boolean available = true;
    public volatile boolean confirmPrint = true;
    public volatile int pageSetups;

    @Override
    public boolean hasPrinter() {
        return available;
    }

    /** Answers with A3 landscape, as a user choosing it in the dialog would. */
    @Override
    public Optional<PageFormat> pageSetup(Optional<PageFormat> current) {
        pageSetups++;
        PageFormat format = new PageFormat();
        Paper paper = new Paper();
        paper.setSize(PDRectangle.A3.getWidth(), PDRectangle.A3.getHeight());
        format.setPaper(paper);
        format.setOrientation(PageFormat.LANDSCAPE);
        return Optional.of(format);
    }

    @Override
    public Outcome print(PDDocument document, String jobName, Optional<PageFormat> pageSetup) {
        List<PDRectangle> sizes = new java.util.ArrayList<>();
        document.getPages().forEach(p -> sizes.add(p.getMediaBox()));
        printed.add(new Printed(document, jobName, document.getNumberOfPages(), sizes, pageSetup));
        return confirmPrint ? Outcome.PRINTED : Outcome.CANCELLED;
    }
}
