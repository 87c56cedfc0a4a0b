package nl.personacanvas.ui.export;

/** What an export or preview holds. */
public enum ExportScope {
    /** The persona open in the editor. */
    CURRENT,
    /** The personas ticked in the dialog's list. */
    SELECTED,
    /** Every persona of the workbook. */
    ALL,
    /** The personas of one core activity. */
    ACTIVITY,
    /** The workbook report: cover, every poster, coverage summary. */
    REPORT
}
