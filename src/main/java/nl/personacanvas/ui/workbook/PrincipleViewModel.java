package nl.personacanvas.ui.workbook;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.personacanvas.model.PrincipleTheme;

/** One principle theme on the workbook page; its statements are edited as lines of one text. */
public final class PrincipleViewModel {
    private final StringProperty theme = new SimpleStringProperty(this, "theme", "");
    private final StringProperty statements = new SimpleStringProperty(this, "statements", "");

    void update(PrincipleTheme model) {
        if (!model.theme().equals(theme.get())) {
            theme.set(model.theme());
        }
        // Text being typed (a new empty line, say) is left alone while it means the same statements.
        if (!parseStatements(statements.get()).equals(model.statements())) {
            statements.set(String.join("\n", model.statements()));
        }
    }

    static List<String> parseStatements(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty statementsProperty() {
        return statements;
    }
}
