package nl.personacanvas.ui.check;

/**
 * Runs an action once things have been quiet for a moment: every request replaces the one still
 * waiting. Tests use one that runs at once.
 */
public interface Debouncer {

    void request(Runnable action);
}
