package nl.personacanvas.ui.export;

import java.awt.GraphicsEnvironment;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.Optional;
import nl.personacanvas.pdf.PdfPrinting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;

/** Printing through the Java print system and its dialogs (AWT), never a screenshot of the screen. */
public final class DesktopPrintService implements PrintService {

    @Override
    public boolean hasPrinter() {
        return !GraphicsEnvironment.isHeadless() && PrinterJob.lookupPrintServices().length > 0;
    }

    @Override
    public Optional<PageFormat> pageSetup(Optional<PageFormat> current) {
        PrinterJob job = PrinterJob.getPrinterJob();
        PageFormat start = current.orElseGet(job::defaultPage);
        PageFormat chosen = job.pageDialog(start);
        // pageDialog answers with the very object it was given when the user cancels.
        return chosen == start ? Optional.empty() : Optional.of(chosen);
    }

    @Override
    public Outcome print(PDDocument document, String jobName, Optional<PageFormat> pageSetup)
            throws PrinterException {
        PrinterJob job = PrinterJob.getPrinterJob();
        if (pageSetup.isPresent()) {
            Book book = new Book();
            book.append(new PDFPrintable(document, Scaling.SHRINK_TO_FIT), pageSetup.get(),
                    document.getNumberOfPages());
            job.setJobName(jobName);
            job.setPageable(book);
        } else {
            PdfPrinting.prepare(job, document, jobName);
        }
        if (!job.printDialog()) {
            return Outcome.CANCELLED;
        }
        PdfPrinting.print(job);
        return Outcome.PRINTED;
    }
}
