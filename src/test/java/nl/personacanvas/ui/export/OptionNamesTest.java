package nl.personacanvas.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptionNamesTest {

    @Test
    void aNameAPanelWritesIsShownWholeAndALongOneByItsStartAtASpace() {
        assertThat(OptionNames.shown("Amira 🌍 أميرة بن علي")).isEqualTo("Amira 🌍 أميرة بن علي");
        String longName = "Maximiliaan-Alexander Christiaan Bartholomeus van der Steenhoven-Oosterbroek ".repeat(4).strip();
        String shown = OptionNames.shown(longName);
        assertThat(shown).endsWith(" …").startsWith("Maximiliaan-Alexander Christiaan Bartholomeus van der");
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(OptionNames.SHOWN + 2);
        assertThat(longName).startsWith(shown.substring(0, shown.length() - 2));
        assertThat(OptionNames.shown("x".repeat(200))).isEqualTo("x".repeat(80) + " …");
    }
}
