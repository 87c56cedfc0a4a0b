package nl.personacanvas.ui.export;

import java.awt.print.PageFormat;
import java.awt.print.PrinterException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The system's printers. Every method may block on a system dialog or the spooler: call them off the
 * FX thread. Tests substitute a recording one, as headless builds have no printers.
 */
public interface PrintService {

    enum Outcome { PRINTED, CANCELLED }

    /** Whether there is any printer to print on. */
    boolean hasPrinter();

    /** Shows the page setup dialog starting from {@code current}; empty when the user cancelled. */
    Optional<PageFormat> pageSetup(Optional<PageFormat> current);

    /**
     * Shows the print dialog and prints {@code document} as vector PDF: on the page setup's paper
     * (shrunk to fit) when there is one, otherwise each page at its own size.
     */
    Outcome print(PDDocument document, String jobName, Optional<PageFormat> pageSetup) throws PrinterException;
}
