package nl.personacanvas.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNamesTest {

    @Test
    void pathSeparatorsForbiddenAndControlCharactersBecomeUnderscores() {
        SafeFileNames names = new SafeFileNames();
        assertThat(names.next("../../etc/passwd", ".pdf")).isEqualTo("_.._etc_passwd.pdf");
        assertThat(names.next("a\\b:c*d?e\"f<g>h|i", ".pdf")).isEqualTo("a_b_c_d_e_f_g_h_i.pdf");
        assertThat(names.next("tab\there\u0000nul\u202Ertl", ".pdf")).isEqualTo("tab_here_nul_rtl.pdf");
    }

    @Test
    void windowsReservedNamesAreDefused() {
        SafeFileNames names = new SafeFileNames();
        assertThat(names.next("CON", ".pdf")).isEqualTo("_CON.pdf");
        assertThat(names.next("nul", ".pdf")).isEqualTo("_nul.pdf");
        assertThat(names.next("Com1.txt", ".pdf")).isEqualTo("_Com1.txt.pdf");
        assertThat(names.next("Console", ".pdf")).isEqualTo("Console.pdf");
    }

    @Test
    void emptyDotsAndSpacesFallBackAndTrailingDotsGo() {
        SafeFileNames names = new SafeFileNames();
        assertThat(names.next("", ".pdf")).isEqualTo("persona.pdf");
        assertThat(names.next(" .. ", ".pdf")).isEqualTo("persona (2).pdf");
        assertThat(names.next("Laura. ", ".pdf")).isEqualTo("Laura.pdf");
    }

    @Test
    void longNamesAreCutWithoutSplittingCharactersAndCollisionsNumberedCaseInsensitively() {
        SafeFileNames names = new SafeFileNames();
        String longName = "Ä".repeat(50) + "😀".repeat(60);
        String first = names.next(longName, ".pdf");
        String second = names.next(longName.toLowerCase(), ".pdf");
        assertThat(first.codePointCount(0, first.length())).isEqualTo(SafeFileNames.MAX_LENGTH + 4);
        assertThat(second).endsWith(" (2).pdf");
        assertThat(second.codePointCount(0, second.length())).isLessThanOrEqualTo(SafeFileNames.MAX_LENGTH + 4);
        assertThat(first).doesNotContain("\uFFFD");
        assertThat(names.next("Laura", ".pdf")).isEqualTo("Laura.pdf");
        assertThat(names.next("LAURA", ".pdf")).isEqualTo("LAURA (2).pdf");
        assertThat(names.next("laura", ".pdf")).isEqualTo("laura (3).pdf");
    }
}
