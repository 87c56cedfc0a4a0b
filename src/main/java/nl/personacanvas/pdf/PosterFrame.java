package nl.personacanvas.pdf;

/**
 * What every part of one poster page lays out with: the typesetter and its line placer, the texts in the export's
 * language, the page's width, the paper's scale against A4 and the size of the quadrant headings. The page builder
 * makes one and hands it to each of its parts ({@link PosterPart}).
 */
record PosterFrame(Typesetter type, PosterLines lines, PdfMessages messages, float width, float scale,
                   float headingSize) {
}
