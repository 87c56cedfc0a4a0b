package nl.personacanvas.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThirdPartyNoticesTest {

    @Test
    void readsEveryTableRowWithItsLicenceAndSection() {
        String markdown = """
                # Notices

                ## Libraries

                | Library | Maven coordinates | Licence |
                |---|---|---|
                | ControlsFX | `org.controlsfx:controlsfx` | BSD-3-Clause |
                | picocli | `info.picocli:picocli` | Apache-2.0 |

                Text between tables is ignored.

                ## Fonts

                | Font | Licence | Source |
                |:--|:-:|--:|
                | Noto Sans | SIL Open Font License 1.1 | Debian |
                """;

        assertThat(ThirdPartyNotices.parse(markdown)).containsExactly(
                new ThirdPartyComponent("Libraries", "ControlsFX", "BSD-3-Clause"),
                new ThirdPartyComponent("Libraries", "picocli", "Apache-2.0"),
                new ThirdPartyComponent("Fonts", "Noto Sans", "SIL Open Font License 1.1"));
    }

    @Test
    void skipsTablesWithoutALicenceColumn() {
        String markdown = """
                | Size | File |
                |---|---|
                | 16 | icon-16.png |
                """;

        assertThat(ThirdPartyNotices.parse(markdown)).isEmpty();
    }

    @Test
    void theBundledNoticesNameTheLibrariesFontsAndRuntime() {
        List<ThirdPartyComponent> components = new AboutContentLoader().call().components();

        assertThat(components).extracting(ThirdPartyComponent::name)
                .contains("ControlsFX", "AtlantaFX", "picocli", "Noto Sans (Regular, Bold)")
                .anyMatch(name -> name.startsWith("OpenJFX"))
                .anyMatch(name -> name.startsWith("OpenJDK"));
        assertThat(components).contains(new ThirdPartyComponent("Libraries", "ControlsFX", "BSD-3-Clause"));
        assertThat(components).allSatisfy(c -> assertThat(c.licence()).isNotBlank());
    }
}
