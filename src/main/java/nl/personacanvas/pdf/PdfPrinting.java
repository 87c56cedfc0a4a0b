package nl.personacanvas.pdf;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints an export as vector PDF through the Java print system (sharp at any size, unlike a screenshot
 * of the screen). The caller owns the {@link PrinterJob}, so the UI can show the system's print and page
 * setup dialogs first; each page is printed at its own size and orientation.
 */
public final class PdfPrinting {

    private PdfPrinting() {
    }

    /** Hands the document to {@code job}; after the user confirmed the print dialog, call {@link #print}. */
    public static PrinterJob prepare(PrinterJob job, PDDocument document, String jobName) {
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(document));
        return job;
    }

    /** Prints; blocks until the pages are spooled, so call it off the UI thread. */
    public static void print(PrinterJob job) throws PrinterException {
        job.print();
    }
}
