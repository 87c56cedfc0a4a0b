package nl.personacanvas.pdf;

import java.util.List;
import java.util.Map;
import nl.personacanvas.model.Quadrant;

/**
 * The words of one poster, already chosen and labelled, before layout.
 *
 * @param name        the persona's name, for the "Laura · 2/3" that says which page of a poster a page is
 * @param title       "Laura begeleidt studenten bij een internationale stage. Zij …"
 * @param activity    the core activity line
 * @param school      school and team
 * @param initials    for the avatar when there is no portrait
 * @param entries     entry texts per quadrant, in canvas order
 * @param footerLines check summary lines, empty without a summary; null prints no footer at all
 * @param date        the date for the footer, or null where the page's own footer prints it (the report)
 */
record PosterContent(String name, String title, String activity, String school, String initials,
                     Map<Quadrant, List<String>> entries, List<String> footerLines, String date) {
}
